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
package io.github.handymanworkflows.scenarios;

import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.mail.RecordingMailer;
import io.github.handymanworkflows.test.PortWorld;
import io.github.handymanworkflows.test.faults.Outcome;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Where one scenario plays: its ports, the engine state its driver keeps, and how to read back
 * everything it stored. The scenario tests get theirs from the {@link ScenarioBackend} on the class
 * path, so the same tests run in memory here and over an adapter module's storage there.
 *
 * @param ports the ports, the recording mailer and the health probes
 * @param engineStore the engine state, in the same storage as the ports
 * @param state the mail delivered and the state of every port, for comparing two plays
 */
public record ScenarioWorld(
    PortWorld ports, EngineStore engineStore, Supplier<Outcome.Builder> state) {

  /** A world with no data whose mailer forgets a key 24 hours after delivering it. */
  public static ScenarioWorld create() {
    return create(RecordingMailer.DEFAULT_WINDOW);
  }

  /** A world with no data whose mailer remembers keys for {@code mailIdempotencyWindow}. */
  public static ScenarioWorld create(Duration mailIdempotencyWindow) {
    return ScenarioBackend.current().open(mailIdempotencyWindow);
  }

  /** The mail delivered and every port's state, to which the runs are added. */
  public Outcome.Builder outcome() {
    return state.get();
  }
}
