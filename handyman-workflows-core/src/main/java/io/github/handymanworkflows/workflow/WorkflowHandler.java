package io.github.handymanworkflows.workflow;

import org.jspecify.annotations.Nullable;

/**
 * The body of a workflow function.
 *
 * <p>It is replayed from the top on every call; code outside steps must be deterministic: no clock
 * reads, no I/O, no randomness. Every side effect goes in a {@link Step}.
 */
@FunctionalInterface
public interface WorkflowHandler {

  /**
   * Runs the workflow.
   *
   * @return the run's result, serialised to JSON; ids and counts, not documents
   */
  @Nullable Object handle(WorkflowContext ctx, Step step) throws Exception;
}
