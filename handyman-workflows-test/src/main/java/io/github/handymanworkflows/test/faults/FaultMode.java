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
package io.github.handymanworkflows.test.faults;

/** How an injected transient failure hits a port call. */
public enum FaultMode {

  /** The call fails before it reaches the port: nothing was written (a refused connection). */
  FAIL_BEFORE,

  /**
   * The call reaches the port and completes, then its answer is lost: everything was written but
   * the caller sees a failure (a timeout after the write, a mail accepted whose response was lost).
   */
  ANSWER_LOST
}
