package io.github.handymanworkflows.engine;

import io.github.handymanworkflows.execution.SerializedError;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one step of a run.
 *
 * @param hashedId the hashed step id
 * @param name the step id the workflow gave
 * @param kind {@code run}, {@code sleep}, {@code waitForEvent} or {@code invoke}
 * @param status {@code planned}, {@code waiting}, {@code completed} or {@code failed}
 * @param attempts how many times its body was executed (run steps)
 * @param outputBytes size of its memoized JSON output
 * @param error its last error, if any
 */
public record StepRecord(
    String hashedId,
    String name,
    String kind,
    String status,
    int attempts,
    int outputBytes,
    @Nullable SerializedError error) {}
