package io.github.handymanworkflows.spring.boot.autoconfigure;

import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.List;
import java.util.Objects;

/**
 * The functions the engine runs: the marketplace's workflows plus every {@link WorkflowFunction}
 * bean of the host, with cron overrides applied. Define a bean of this type to choose the set
 * yourself.
 *
 * @param functions the functions, in registration order
 */
public record WorkflowFunctions(List<WorkflowFunction> functions) {

  /** Copies the list. */
  public WorkflowFunctions {
    functions = List.copyOf(Objects.requireNonNull(functions, "functions must not be null"));
  }
}
