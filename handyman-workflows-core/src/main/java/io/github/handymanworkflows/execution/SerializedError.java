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
