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
package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.workflow.NonRetriableException;
import org.jspecify.annotations.Nullable;

/**
 * A permanent delivery failure: the provider refused the message (invalid address, unverified
 * sender domain, any other 4xx but 429). Retrying cannot help, so the step fails at once.
 *
 * <p>Messages must not contain addresses, bodies or secrets.
 */
public class MailRejectedException extends NonRetriableException {
  private static final long serialVersionUID = 1L;

  /** A permanent failure. */
  public MailRejectedException(String message) {
    super(message);
  }

  /** A permanent failure with its cause. */
  public MailRejectedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
