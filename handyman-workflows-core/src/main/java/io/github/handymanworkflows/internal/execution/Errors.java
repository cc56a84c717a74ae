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
package io.github.handymanworkflows.internal.execution;

import io.github.handymanworkflows.execution.RetryAfter;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.RetryAfterException;
import io.github.handymanworkflows.workflow.RetryHint;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;

/** Maps Java exceptions to the wire's error shape and retry semantics. */
public final class Errors {

  private Errors() {}

  /**
   * The wire form: {@code Error} for plain exceptions (Inngest's conformance runner expects it),
   * the protocol's names for our two special types, the simple class name otherwise.
   */
  public static SerializedError serialize(Throwable t) {
    return new SerializedError(name(t), t.getMessage() == null ? "" : t.getMessage(), stack(t));
  }

  public static String name(Throwable t) {
    if (t instanceof NonRetriableException) {
      return "NonRetriableError";
    }
    if (t instanceof RetryAfterException) {
      return "RetryAfterError";
    }
    Class<?> type = t.getClass();
    if (type == Exception.class || type == RuntimeException.class || type == Error.class) {
      return "Error";
    }
    String simple = type.getSimpleName();
    return simple.isEmpty() ? "Error" : simple;
  }

  public static String stack(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  public static boolean nonRetriable(Throwable t) {
    return t instanceof NonRetriableException;
  }

  public static @Nullable RetryAfter retryAfter(Throwable t) {
    if (t instanceof RetryAfterException r) {
      return r.delay() != null ? new RetryAfter(r.delay(), null) : new RetryAfter(null, r.at());
    }
    if (t instanceof RetryHint hint && hint.retryAfter().isPresent()) {
      return new RetryAfter(hint.retryAfter().get(), null);
    }
    return null;
  }
}
