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
package io.github.handymanworkflows.test.resend;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the {@link FakeResendServer} received. The {@code Authorization} header is recorded
 * as {@code Bearer ****}.
 *
 * @param method the HTTP method
 * @param path the path
 * @param headers the headers, names in lower case
 * @param body the raw body
 * @param status the status answered, or 0 when the connection was dropped
 */
public record RecordedRequest(
    String method, String path, Map<String, List<String>> headers, String body, int status) {

  /** The first value of a header (name in any case). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
