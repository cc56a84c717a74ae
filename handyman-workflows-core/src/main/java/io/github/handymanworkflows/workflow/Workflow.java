package io.github.handymanworkflows.workflow;

/** Entry point for defining workflow functions. */
public final class Workflow {

  private Workflow() {}

  /**
   * Starts a function definition.
   *
   * @param id stable id, unique within the app: letters, digits and dashes
   * @param name human-readable name shown in dashboards
   */
  public static WorkflowBuilder function(String id, String name) {
    return new WorkflowBuilder(id, name);
  }
}
