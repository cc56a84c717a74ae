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
package io.github.handymanworkflows.engine;

/** Where a run is in its life. */
public enum RunStatus {
  /** Executing, sleeping, or waiting for an event or a retry. */
  RUNNING,
  /** Returned a result. */
  COMPLETED,
  /** Failed permanently; its failure handler, if any, was triggered. */
  FAILED,
  /** Stopped by a cancellation rule or a timeout. */
  CANCELLED;

  /** Whether the run has ended. */
  public boolean ended() {
    return this != RUNNING;
  }
}
