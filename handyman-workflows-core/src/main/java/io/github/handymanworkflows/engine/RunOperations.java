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

/**
 * What an operator may do to runs: retry a failed run from its failed step, cancel a running one,
 * replay the event that started a run. Each call carries a request id: repeating a request id does
 * nothing again (a double-clicked button or a retried HTTP request acts once). Each call is written
 * to the audit log (the SLF4J logger {@value #AUDIT_LOGGER}) with its operator, run, request id and
 * outcome, never with event data.
 */
public interface RunOperations {

  /** The name of the SLF4J logger that records every operation. */
  String AUDIT_LOGGER = "io.github.handymanworkflows.audit";

  /**
   * Runs a {@link RunStatus#FAILED} run again from the step that failed it: completed steps keep
   * their memoized output and are not executed again; the failed step gets a fresh set of attempts.
   */
  OperationResult retry(OperationRequest request);

  /**
   * Cancels a {@link RunStatus#RUNNING} run (executing, sleeping or waiting) as a cancellation rule
   * would: it ends {@link RunStatus#CANCELLED} and {@code inngest/function.cancelled} is emitted.
   */
  OperationResult cancel(OperationRequest request);

  /**
   * Publishes the run's triggering event again under a new id ({@code replay:<request id>}), so
   * every function it triggers runs again; data, user and timestamp stay the same.
   */
  OperationResult replay(OperationRequest request);
}
