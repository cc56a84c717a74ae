package io.github.handymanworkflows.execution;

/** The op codes the execution core reports, spelled as on the Inngest wire. */
public enum OpCode {
  /** A run step executed now; carries its data. */
  StepRun,
  /** A run step threw and may be retried. */
  StepError,
  /** A run step failed for good. */
  StepFailed,
  /** A run step found but not executed; the driver must call back targeting it. */
  StepPlanned,
  /** A sleep. */
  Sleep,
  /** A wait for an event. */
  WaitForEvent,
  /** A call of another function. */
  InvokeFunction
}
