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

/**
 * A mail value is malformed: a required field is missing, blank, too long or has forbidden
 * characters.
 *
 * <p>The message names the field, never the value, so addresses and bodies stay out of logs.
 * Retrying cannot fix a malformed message, so this is non-retriable.
 */
public final class MailValidationException extends NonRetriableException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates an exception for a field. */
  public MailValidationException(String field, String problem) {
    super("invalid mail field '" + field + "': " + problem);
    this.field = field;
  }

  /** The offending field, for example {@code to[1].email} or {@code tags.workflow}. */
  public String field() {
    return field;
  }
}
