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
package io.github.handymanworkflows.inngest.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Sends GET/PUT/POST (or any method) to a serve URL with the JDK HTTP client, as the Inngest server
 * would.
 */
public final class ProtocolClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI serveUri;
  private final HttpClient http;

  /**
   * Client for the serve endpoint at {@code serveUri} (e.g. {@code
   * http://127.0.0.1:1234/api/inngest}).
   */
  public ProtocolClient(URI serveUri) {
    this.serveUri = Objects.requireNonNull(serveUri, "serveUri");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
  }

  /** The URL requests go to, before the query string. */
  public URI serveUri() {
    return serveUri;
  }

  /** {@code GET serveUri?query} with the given headers. */
  public ProtocolResponse get(Map<String, String> query, Map<String, String> headers) {
    return send("GET", query, headers, null);
  }

  /** {@code PUT serveUri?query} with a JSON body (empty string = no body). */
  public ProtocolResponse put(Map<String, String> query, Map<String, String> headers, String body) {
    return send("PUT", query, headers, body);
  }

  /** {@code POST serveUri?query} with a JSON body. */
  public ProtocolResponse post(
      Map<String, String> query, Map<String, String> headers, String body) {
    return send("POST", query, headers, body);
  }

  /**
   * A call request: {@code POST ?fnId=<fnId>&stepId=<stepId>} with the JSON headers the server
   * sends, the step id header, and {@code extraHeaders} (typically the signature).
   */
  public ProtocolResponse call(
      String fnId, String stepId, String body, Map<String, String> extraHeaders) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("fnId", fnId);
    query.put("stepId", stepId);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-Inngest-Step-ID", stepId);
    headers.putAll(extraHeaders);
    return post(query, headers, body);
  }

  /** Any method; {@code body} null means none. */
  public ProtocolResponse send(
      String method,
      Map<String, String> query,
      Map<String, String> headers,
      @Nullable String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(withQuery(query))
            .timeout(TIMEOUT)
            .method(
                method,
                body == null || body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new ProtocolResponse(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + serveUri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + serveUri + " interrupted", e);
    }
  }

  private URI withQuery(Map<String, String> query) {
    if (query.isEmpty()) {
      return serveUri;
    }
    String encoded =
        query.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return URI.create(serveUri + "?" + encoded);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
