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
package io.github.handymanworkflows.inngest;

import java.util.List;

/**
 * Inngest's event API did not accept events: it answered an error, could not be reached within the
 * retries, or the publisher closed first. Completes the stage returned by {@link
 * InngestEventPublisher#publish}.
 */
public final class EventPublishException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final List<String> acceptedIds;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the last answer, or 0 when there was none
   * @param error the reason: the API's {@code error} field, or what went wrong locally
   */
  public EventPublishException(int status, String error) {
    this(status, error, List.of());
  }

  /**
   * Creates the exception for a publish of which Inngest accepted a first part.
   *
   * @param status the HTTP status of the last answer, or 0 when there was none
   * @param error the reason
   * @param acceptedIds the ids Inngest gave the events it accepted before refusing one, in order
   */
  public EventPublishException(int status, String error, List<String> acceptedIds) {
    super(
        (status == 0 ? error : "Inngest's event API answered " + status + ": " + error)
            + (acceptedIds.isEmpty()
                ? ""
                : " (the first " + acceptedIds.size() + " events were accepted)"));
    this.status = status;
    this.error = error;
    this.acceptedIds = List.copyOf(acceptedIds);
  }

  /**
   * The ids of the events Inngest accepted before refusing one, in order: those events will run, so
   * do not publish them again. Empty when none was accepted.
   */
  public List<String> acceptedIds() {
    return acceptedIds;
  }

  /** The HTTP status of the last answer, or 0 when there was none. */
  public int status() {
    return status;
  }

  /** The reason. */
  public String error() {
    return error;
  }
}
