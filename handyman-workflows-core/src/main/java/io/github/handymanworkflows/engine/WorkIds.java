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

import io.github.handymanworkflows.internal.SharedTable;

/**
 * The ids of a run's due work. Calls carry the run version that scheduled them, so a call queued
 * before a change is never mistaken for an equal-looking call scheduled after it; timers are one
 * per step.
 */
final class WorkIds {

  static final String FINISH_TIMEOUT = "finish";

  /** How many timer ids of each kind are shared before the table starts afresh. */
  private static final int MAX_SHARED = 4_096;

  // Timer ids by step hash, shared by every run: a sleeping run keeps its timer's id as long as it
  // sleeps, and every run of a function sleeps in the same steps (the hashes are shared too).
  private static final SharedTable<String, String> SLEEPS = new SharedTable<>(MAX_SHARED);
  private static final SharedTable<String, String> WAITS = new SharedTable<>(MAX_SHARED);
  private static final SharedTable<String, String> INVOKES = new SharedTable<>(MAX_SHARED);

  private WorkIds() {}

  static String discovery(long version) {
    return "call@" + version;
  }

  static String targeted(String stepId, long version) {
    return "call:" + stepId + "@" + version;
  }

  static String sleep(String stepId) {
    return shared(SLEEPS, "sleep:", stepId);
  }

  static String waitTimeout(String stepId) {
    return shared(WAITS, "wait:", stepId);
  }

  static String invokeTimeout(String stepId) {
    return shared(INVOKES, "invoke:", stepId);
  }

  private static String shared(SharedTable<String, String> ids, String prefix, String stepId) {
    String id = ids.get(stepId);
    return id != null ? id : ids.share(stepId, prefix + stepId);
  }
}
