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
