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
package io.github.handymanworkflows.workflow;

import org.jspecify.annotations.Nullable;

/**
 * A permanent failure: retrying cannot help (unknown user, invalid address, a 4xx from a provider).
 *
 * <p>Thrown from a step, it fails that step at once; thrown outside steps, it fails the run at
 * once. On the Inngest wire it is reported as {@code NonRetriableError}.
 */
public class NonRetriableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that must not contain secrets or personal data. */
  public NonRetriableException(String message) {
    super(message);
  }

  /** Creates the exception with a cause. */
  public NonRetriableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
