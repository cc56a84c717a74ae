package io.github.handymanworkflows.execution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error as the Inngest wire carries it.
 *
 * @param name a short type name: {@code Error} for plain exceptions, {@code NonRetriableError},
 *     {@code RetryAfterError}, or the exception's simple class name
 * @param message the message
 * @param stack the rendered stack trace, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SerializedError(String name, String message, @Nullable String stack) {

  /** Validates the fields. */
  public SerializedError {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }
}
