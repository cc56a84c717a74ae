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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestSdk;
import io.github.handymanworkflows.inngest.ServeResponse;
import io.github.handymanworkflows.inngest.Signatures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds serve responses with the headers Inngest requires on every answer. */
public final class Responses {

  private final InngestConfig config;
  private final Signatures signatures;

  /** Creates the factory. */
  public Responses(InngestConfig config, Signatures signatures) {
    this.config = config;
    this.signatures = signatures;
  }

  /**
   * A JSON response with the SDK headers.
   *
   * @param signingKey the key that verified the request; the response is signed with it, or not
   *     signed when null
   * @param extra further headers
   */
  public ServeResponse json(
      int status, JsonNode body, @Nullable String signingKey, Map<String, String> extra) {
    byte[] bytes = WireFormat.bytes(body);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("X-Inngest-Sdk", InngestSdk.SDK);
    headers.put("User-Agent", InngestSdk.SDK);
    headers.put("X-Inngest-Req-Version", InngestSdk.REQUEST_VERSION);
    headers.put("X-Inngest-Framework", config.framework());
    headers.put("X-Inngest-Sdk-Handled", "true");
    headers.putAll(extra);
    if (signingKey != null) {
      headers.put("X-Inngest-Signature", signatures.sign(signingKey, bytes));
    }
    return new ServeResponse(status, headers, bytes);
  }

  /** A protocol error: {@code {"name":"Error","message":…}} with {@code X-Inngest-No-Retry}. */
  public ServeResponse error(
      int status, String message, boolean noRetry, @Nullable String signingKey) {
    return json(
        status,
        WireFormat.error(new SerializedError("Error", message, null)),
        signingKey,
        Map.of("X-Inngest-No-Retry", Boolean.toString(noRetry)));
  }

  /** A {@code {"message":…}} body. */
  public ServeResponse message(int status, String message, Map<String, String> extra) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("message", message);
    return json(status, body, null, extra);
  }

  /**
   * {@code 401 {"message":"Unauthorized"}}, without the SDK's identity headers: an unauthenticated
   * caller learns nothing about the SDK.
   */
  public ServeResponse unauthorized() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("message", "Unauthorized");
    return new ServeResponse(
        401,
        Map.of("Content-Type", "application/json", "X-Inngest-Sdk-Handled", "true"),
        WireFormat.bytes(body));
  }
}
