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

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What starts a run of a workflow function: an event, or a cron schedule. */
public sealed interface Trigger {

  /** An event name, optionally filtered by a CEL expression over {@code event}. */
  record OnEvent(String event, @Nullable String expression) implements Trigger {
    /** Validates the event name. */
    public OnEvent {
      Objects.requireNonNull(event, "event must not be null");
      if (event.isBlank() || event.length() > 255) {
        throw new IllegalArgumentException(
            "trigger event name must be 1 to 255 characters: " + event);
      }
      if (expression != null && expression.isBlank()) {
        expression = null;
      }
    }
  }

  /**
   * A 5-field Unix cron, with an optional {@code TZ=Area/City } prefix (UTC otherwise). Runs are
   * triggered by an {@code inngest/scheduled.timer} event whose timestamp is the scheduled time.
   */
  record OnCron(String cron) implements Trigger {
    /** Validates the cron is not blank; its fields are checked when the function is built. */
    public OnCron {
      Objects.requireNonNull(cron, "cron must not be null");
      if (cron.isBlank() || cron.length() > 255) {
        throw new IllegalArgumentException("cron must be 1 to 255 characters");
      }
    }
  }
}
