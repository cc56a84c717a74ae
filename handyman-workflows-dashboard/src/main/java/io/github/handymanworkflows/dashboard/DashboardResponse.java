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
package io.github.handymanworkflows.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The dashboard's answer: status, headers (security headers included) and body.
 *
 * @param status the HTTP status
 * @param headers header values by name, one value each
 * @param body the body bytes
 */
public record DashboardResponse(int status, Map<String, String> headers, byte[] body) {

  /** Validates the fields and copies the map. */
  public DashboardResponse {
    Objects.requireNonNull(headers, "headers must not be null");
    Objects.requireNonNull(body, "body must not be null");
    headers = Map.copyOf(new LinkedHashMap<>(headers));
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
