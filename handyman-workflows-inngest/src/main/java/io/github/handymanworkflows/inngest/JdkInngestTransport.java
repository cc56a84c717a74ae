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
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link InngestTransport} over the JDK's {@link HttpClient}, with timeouts and no redirects. */
public final class JdkInngestTransport implements InngestTransport {

  /** Default time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default time to wait for a response. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  // The JDK client refuses to set these itself.
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient client;
  private final Duration requestTimeout;

  /** A transport with the default timeouts. */
  public JdkInngestTransport() {
    this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * A transport with the given timeouts.
   *
   * @param connectTimeout time to establish a connection
   * @param requestTimeout time to wait for a response
   */
  public JdkInngestTransport(Duration connectTimeout, Duration requestTimeout) {
    Objects.requireNonNull(connectTimeout, "connectTimeout must not be null");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout must not be null");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Response send(Request request) throws IOException, InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(request.uri())
            .timeout(requestTimeout)
            .method(
                request.method(),
                request.body().length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    request
        .headers()
        .forEach(
            (name, value) -> {
              if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                builder.header(name, value);
              }
            });
    HttpResponse<byte[]> response =
        client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Response(response.statusCode(), flatten(response.headers()), response.body());
  }

  private static Map<String, String> flatten(HttpHeaders headers) {
    Map<String, String> flat = new HashMap<>();
    headers.map().forEach((name, values) -> flat.put(name, String.join(",", values)));
    return flat;
  }
}
