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
package io.github.handymanworkflows.engine;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One operator request on a run.
 *
 * @param runId the run (1 to 200 characters, no spaces or control characters: it is logged)
 * @param requestId unique per intended action (1 to 64 of {@code A-Z a-z 0-9 _ -}); a repeated id
 *     is answered without acting again
 * @param actor who asks, for the audit log (an e-mail address is masked there)
 */
public record OperationRequest(String runId, String requestId, String actor) {

  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern RUN_ID = Pattern.compile("[\\x21-\\x7e]{1,200}");

  /** Validates the fields. */
  public OperationRequest {
    Objects.requireNonNull(runId, "runId must not be null");
    Objects.requireNonNull(requestId, "requestId must not be null");
    Objects.requireNonNull(actor, "actor must not be null");
    if (!RUN_ID.matcher(runId).matches()) {
      // Checked because the audit log writes it: no line breaks or other characters forging lines.
      throw new IllegalArgumentException(
          "runId must be 1 to 200 printable ASCII characters without spaces");
    }
    if (!REQUEST_ID.matcher(requestId).matches()) {
      throw new IllegalArgumentException(
          "requestId must be 1 to 64 characters of A-Z, a-z, 0-9, '_' and '-'");
    }
  }
}
