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

/** The op codes the execution core reports, spelled as on the Inngest wire. */
public enum OpCode {
  /** A run step executed now; carries its data. */
  StepRun,
  /** A run step threw and may be retried. */
  StepError,
  /** A run step failed for good. */
  StepFailed,
  /** A run step found but not executed; the driver must call back targeting it. */
  StepPlanned,
  /** A sleep. */
  Sleep,
  /** A wait for an event. */
  WaitForEvent,
  /** A call of another function. */
  InvokeFunction
}
