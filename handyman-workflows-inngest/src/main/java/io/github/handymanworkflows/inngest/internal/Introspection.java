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

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestSdk;
import io.github.handymanworkflows.inngest.Signatures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The {@code GET} introspection body, schema {@code 2024-05-24}. Keys are written in sorted order
 * and no keys beyond the schema's are sent.
 */
public final class Introspection {

  // Enough to tell keys apart in a dashboard without publishing the bearer token itself.
  private static final int KEY_HASH_CHARS = 12;

  private Introspection() {}

  /**
   * The body.
   *
   * @param authenticated {@code null} for an unsigned request, {@code false} for a bad signature,
   *     {@code true} for a verified one (cloud mode only); only {@code true} adds the privileged
   *     fields
   */
  public static ObjectNode body(
      InngestConfig config, int functionCount, @Nullable Boolean authenticated) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    boolean privileged = Boolean.TRUE.equals(authenticated);
    if (privileged) {
      node.put("api_origin", config.apiBaseUrl().toString());
      node.put("app_id", config.appId());
    }
    if (authenticated == null) {
      node.putNull("authentication_succeeded");
    } else {
      node.put("authentication_succeeded", authenticated);
    }
    if (privileged) {
      node.set("capabilities", SyncPayload.capabilities(config));
      putNullable(node, "env", config.env().orElse(null));
      node.put("event_api_origin", config.eventApiBaseUrl().toString());
      putNullable(
          node,
          "event_key_hash",
          config.hasEventKey()
              ? Signatures.sha256Hex(
                  config.eventKey().orElseThrow().getBytes(StandardCharsets.UTF_8))
              : null);
      node.put("framework", config.framework());
    }
    node.put("function_count", functionCount);
    node.put("has_event_key", config.hasEventKey());
    node.put("has_signing_key", config.signingKey().isPresent());
    node.put("has_signing_key_fallback", config.signingKeyFallback().isPresent());
    node.put("mode", config.mode().wireName());
    node.put("schema_version", InngestSdk.SCHEMA_VERSION);
    if (privileged) {
      node.put("sdk_language", InngestSdk.LANGUAGE);
      node.put("sdk_version", InngestSdk.VERSION);
      putNullable(node, "serve_origin", config.serveOrigin().map(URI::toString).orElse(null));
      putNullable(node, "serve_path", config.servePath().orElse(null));
      putNullable(
          node,
          "signing_key_fallback_hash",
          config.signingKeyFallback().map(Introspection::keyHash).orElse(null));
      putNullable(
          node, "signing_key_hash", config.signingKey().map(Introspection::keyHash).orElse(null));
    }
    return node;
  }

  private static String keyHash(String key) {
    return Signatures.digestHex(key).substring(0, KEY_HASH_CHARS);
  }

  private static void putNullable(ObjectNode node, String field, @Nullable String value) {
    if (value == null) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
