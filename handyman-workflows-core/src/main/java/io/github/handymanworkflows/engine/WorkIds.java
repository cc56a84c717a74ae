package io.github.handymanworkflows.engine;

/**
 * The ids of a run's due work. Calls carry the run version that scheduled them, so a call queued
 * before a change is never mistaken for an equal-looking call scheduled after it; timers are one
 * per step.
 */
final class WorkIds {

  static final String FINISH_TIMEOUT = "finish";

  private WorkIds() {}

  static String discovery(long version) {
    return "call@" + version;
  }

  static String targeted(String stepId, long version) {
    return "call:" + stepId + "@" + version;
  }

  static String sleep(String stepId) {
    return "sleep:" + stepId;
  }

  static String waitTimeout(String stepId) {
    return "wait:" + stepId;
  }

  static String invokeTimeout(String stepId) {
    return "invoke:" + stepId;
  }
}
