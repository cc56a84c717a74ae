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
