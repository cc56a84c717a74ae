package io.github.handymanworkflows.workflow;

/** A step body that returns nothing. */
@FunctionalInterface
public interface StepAction {

  /** Performs the side effect. */
  void run() throws Exception;
}
