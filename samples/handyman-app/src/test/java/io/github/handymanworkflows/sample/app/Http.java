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
package io.github.handymanworkflows.sample.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A tiny JSON client for the smoke tests, on the JDK's HTTP client. */
final class Http {

  record Answer(int status, JsonNode body) {}

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Answer get(String path, @Nullable String bearer) {
    return send("GET", path, null, bearer);
  }

  Answer post(String path, @Nullable String json, @Nullable String bearer) {
    return send("POST", path, json, bearer);
  }

  Answer put(String path, String json, @Nullable String bearer) {
    return send("PUT", path, json, bearer);
  }

  private Answer send(String method, String path, @Nullable String json, @Nullable String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Answer(
          response.statusCode(),
          body == null || body.isBlank()
              ? Json.mapper().createObjectNode()
              : Json.mapper().readTree(body));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " was interrupted", e);
    }
  }
}
