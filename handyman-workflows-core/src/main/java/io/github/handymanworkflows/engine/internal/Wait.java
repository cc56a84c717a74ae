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
