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
package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/** Logs once which ports keep their data in memory, so a production deployment notices. */
public final class InMemoryWarning implements SmartInitializingSingleton {

  private static final Logger LOGGER = LoggerFactory.getLogger(InMemoryWarning.class);

  private final WorkflowDependencies dependencies;

  /** Reports on the given dependencies. */
  public InMemoryWarning(WorkflowDependencies dependencies) {
    this.dependencies = dependencies;
  }

  /** The names of the ports that are in memory. */
  public List<String> inMemoryPorts() {
    List<String> names = new ArrayList<>();
    add(names, "users", dependencies.users());
    add(names, "handymen", dependencies.handymen());
    add(names, "jobs", dependencies.jobs());
    add(names, "reviews", dependencies.reviews());
    add(names, "tokens", dependencies.tokens());
    add(names, "sessions", dependencies.sessions());
    add(names, "reports", dependencies.reports());
    add(names, "loginAttempts", dependencies.loginAttempts());
    add(names, "healthStates", dependencies.healthStates());
    add(names, "ledger", dependencies.ledger());
    return names;
  }

  private static void add(List<String> names, String name, Object port) {
    if (port.getClass().getSimpleName().startsWith("InMemory")) {
      names.add(name);
    }
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> names = inMemoryPorts();
    if (!names.isEmpty()) {
      LOGGER.warn(
          "handyman-workflows keeps {} in memory: the data is lost on restart. Add an adapter"
              + " (Mongo, Redis) or define your own beans for production.",
          names);
    }
  }
}
