/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.handymanworkflows.inngest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outbound HTTP port: how the SDK reaches Inngest's API (sync, {@code use_api}) and event API.
 * {@link JdkInngestTransport} is the production implementation; tests may substitute their own.
 * Implementations must not follow redirects (requests carry credentials) and must time out.
 */
@FunctionalInterface
public interface InngestTransport {

  /**
   * Sends one request and returns the response, whatever its status.
   *
   * @throws IOException when the server cannot be reached or the request times out
   * @throws InterruptedException when the calling thread is interrupted
   */
  Response send(Request request) throws IOException, InterruptedException;

  /**
   * An outbound request.
   *
   * @param method the HTTP method
   * @param uri the absolute URI
   * @param headers the headers
   * @param body the body, empty for GET
   */
  record Request(String method, URI uri, Map<String, String> headers, byte[] body) {
    /** Validates and copies the request. */
    public Request {
      Objects.requireNonNull(method, "method must not be null");
      Objects.requireNonNull(uri, "uri must not be null");
      Objects.requireNonNull(body, "body must not be null");
      headers = caseInsensitive(headers);
    }

    /** A header's value, looked up case-insensitively. */
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name));
    }
  }

  /**
   * An inbound response.
   *
   * @param status the HTTP status
   * @param headers the headers
   * @param body the body bytes
   */
  record Response(int status, Map<String, String> headers, byte[] body) {
    /** Validates and copies the response. */
    public Response {
      Objects.requireNonNull(body, "body must not be null");
      headers = caseInsensitive(headers);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> caseInsensitive(Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers must not be null");
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(headers);
    return Collections.unmodifiableMap(copy);
  }
}
