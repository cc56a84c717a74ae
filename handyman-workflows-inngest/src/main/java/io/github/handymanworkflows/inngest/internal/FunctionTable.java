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
package io.github.handymanworkflows.inngest.internal;

import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The functions an app serves, with their failure companions, looked up by composite id ({@code
 * <appId>-<id>}) or bare id.
 */
public final class FunctionTable {

  private final String appId;
  private final Map<String, WorkflowFunction> byId;

  /**
   * Builds the table.
   *
   * @throws IllegalArgumentException when two functions share an id
   */
  public FunctionTable(String appId, List<WorkflowFunction> functions) {
    this.appId = Objects.requireNonNull(appId, "appId must not be null");
    Map<String, WorkflowFunction> map = new LinkedHashMap<>();
    for (WorkflowFunction function : functions) {
      add(map, Objects.requireNonNull(function, "functions must not contain null"));
      function.failureFunction(appId).ifPresent(failure -> add(map, failure));
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  private static void add(Map<String, WorkflowFunction> map, WorkflowFunction function) {
    if (map.putIfAbsent(function.id(), function) != null) {
      throw new IllegalArgumentException("two functions have the id '" + function.id() + "'");
    }
  }

  /** The app id. */
  public String appId() {
    return appId;
  }

  /** The composite id Inngest knows a function by. */
  public String compositeId(WorkflowFunction function) {
    return appId + "-" + function.id();
  }

  /** Every function, failure companions included, in registration order. */
  public List<WorkflowFunction> all() {
    return new ArrayList<>(byId.values());
  }

  /** Finds a function by composite id, or by bare id for robustness. */
  public Optional<WorkflowFunction> find(String fnId) {
    String prefix = appId + "-";
    if (fnId.startsWith(prefix)) {
      WorkflowFunction composite = byId.get(fnId.substring(prefix.length()));
      if (composite != null) {
        return Optional.of(composite);
      }
    }
    return Optional.ofNullable(byId.get(fnId));
  }
}
