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
package io.github.handymanworkflows.inngest.internal;

import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestSdk;
import io.github.handymanworkflows.inngest.InngestTransport;
import io.github.handymanworkflows.inngest.Signatures;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Calls Inngest's API with the hashed signing key as bearer, retrying once with the fallback key on
 * {@code 401}/{@code 403}, as during a key rotation.
 */
public final class ApiClient {

  private final InngestConfig config;
  private final InngestTransport transport;
  private final @Nullable String primaryBearer;
  private final @Nullable String fallbackBearer;

  /** Creates a client; keys are hashed once here. */
  public ApiClient(InngestConfig config, InngestTransport transport) {
    this.config = Objects.requireNonNull(config, "config must not be null");
    this.transport = Objects.requireNonNull(transport, "transport must not be null");
    this.primaryBearer = config.signingKey().map(Signatures::hashedBearer).orElse(null);
    this.fallbackBearer = config.signingKeyFallback().map(Signatures::hashedBearer).orElse(null);
  }

  /** Headers every outbound request carries. */
  public static Map<String, String> sdkHeaders(InngestConfig config) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-Inngest-Sdk", InngestSdk.SDK);
    headers.put("User-Agent", InngestSdk.SDK);
    headers.put("X-Inngest-Req-Version", InngestSdk.REQUEST_VERSION);
    headers.put("X-Inngest-Framework", config.framework());
    config.env().ifPresent(env -> headers.put("X-Inngest-Env", env));
    return headers;
  }

  /**
   * Sends a request to {@code {apiBaseUrl}{pathAndQuery}}.
   *
   * @param extraHeaders headers beyond the SDK's own
   */
  public InngestTransport.Response send(
      String method, String pathAndQuery, Map<String, String> extraHeaders, byte[] body)
      throws IOException, InterruptedException {
    URI uri = URI.create(config.apiBaseUrl() + pathAndQuery);
    InngestTransport.Response response = once(method, uri, extraHeaders, body, primaryBearer);
    if ((response.status() == 401 || response.status() == 403) && fallbackBearer != null) {
      response = once(method, uri, extraHeaders, body, fallbackBearer);
    }
    return response;
  }

  private InngestTransport.Response once(
      String method,
      URI uri,
      Map<String, String> extraHeaders,
      byte[] body,
      @Nullable String bearer)
      throws IOException, InterruptedException {
    Map<String, String> headers = sdkHeaders(config);
    headers.putAll(extraHeaders);
    if (bearer != null) {
      headers.put("Authorization", "Bearer " + bearer);
    }
    return transport.send(new InngestTransport.Request(method, uri, headers, body));
  }
}
