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
