package io.github.handymanworkflows.internal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.execution.OpCode;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * A step the replay reached that has no memoized result yet.
 *
 * @param hash the hashed id
 * @param userId the id the workflow gave it
 * @param op the op to report when it is not executed now: {@code StepPlanned} for run steps
 * @param opts op options, or null
 * @param body for run steps, the body producing the JSON result; null otherwise
 */
public record PendingStep(
    String hash,
    String userId,
    OpCode op,
    @Nullable ObjectNode opts,
    @Nullable Callable<JsonNode> body) {

  /** Whether this is a run step, which may be executed immediately. */
  public boolean runnable() {
    return body != null;
  }
}
