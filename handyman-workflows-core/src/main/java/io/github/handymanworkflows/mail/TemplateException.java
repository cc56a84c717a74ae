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
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A template cannot be rendered: it is missing, malformed, or refers to a variable the model lacks.
 *
 * <p>The message names the template file, the line and the variable, never a value. A template
 * error is a bug or a bad override, not a passing fault, so it is non-retriable.
 */
public final class TemplateException extends NonRetriableException {
  private static final long serialVersionUID = 1L;

  private final String templateFile;
  private final @Nullable String variable;

  /** Creates an exception about a template file such as {@code welcome.html}. */
  public TemplateException(String templateFile, @Nullable String variable, String message) {
    super("template '" + templateFile + "': " + message);
    this.templateFile = templateFile;
    this.variable = variable;
  }

  /** The template file, for example {@code welcome.html}. */
  public String templateFile() {
    return templateFile;
  }

  /** The variable the problem is about, if it is about one. */
  public Optional<String> variable() {
    return Optional.ofNullable(variable);
  }
}
