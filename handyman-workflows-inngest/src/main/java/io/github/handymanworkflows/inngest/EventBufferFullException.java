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

/**
 * The publisher's buffer cannot take more events: Inngest is unreachable or slower than the events
 * are produced. Thrown at once by {@link InngestEventPublisher#publish}, so the caller knows the
 * events were not queued.
 */
public final class EventBufferFullException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public EventBufferFullException(String message) {
    super(message);
  }
}
