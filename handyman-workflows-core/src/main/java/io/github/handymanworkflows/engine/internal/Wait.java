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
package io.github.handymanworkflows.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.internal.expr.Expression;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A run waiting for an event.
 *
 * @param runId the waiting run
 * @param stepId the hashed id of its waitForEvent step
 * @param eventName the awaited event name
 * @param condition CEL over {@code event} (the run's trigger) and {@code async} (the candidate)
 * @param trigger the run's triggering event
 * @param expiresAt when the wait times out
 */
public record Wait(
    String runId,
    String stepId,
    String eventName,
    @Nullable Expression condition,
    JsonNode trigger,
    Instant expiresAt) {}
