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
package io.github.handymanworkflows.mail.internal;

import org.jspecify.annotations.Nullable;

/**
 * A value a template cannot use, thrown from inside a Handlebars render and turned into a {@link
 * io.github.handymanworkflows.mail.TemplateException} with the file and line. The message names the
 * variable, never its value.
 */
final class InvalidValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String variable;

  InvalidValueException(@Nullable String variable, String message) {
    super(message, null, false, false);
    this.variable = variable;
  }

  @Nullable String variable() {
    return variable;
  }
}
