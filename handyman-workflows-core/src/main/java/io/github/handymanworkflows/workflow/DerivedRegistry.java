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
package io.github.handymanworkflows.workflow;

import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.EventType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Derives an app's event registry from what its functions declare: every typed trigger,
 * cancellation, wait and send joins the registry a base (such as the catalogue) starts with.
 * Engines call this when functions are registered, so a host keeps no separate list of its events.
 */
public final class DerivedRegistry {

  private DerivedRegistry() {}

  /**
   * The base registry plus every type the functions declare.
   *
   * @throws IllegalArgumentException naming the function, how it uses the event, the event and both
   *     payload records when a function declares a name with another record than the base or
   *     another function
   */
  public static EventRegistry of(EventRegistry base, Collection<WorkflowFunction> functions) {
    Objects.requireNonNull(base, "base must not be null");
    Objects.requireNonNull(functions, "functions must not be null");
    Map<String, String> owners = new LinkedHashMap<>();
    Map<String, EventType<?>> typed = new LinkedHashMap<>();
    for (EventType<?> type : base.types()) {
      if (!type.isUntyped()) {
        typed.put(type.name(), type);
        owners.put(type.name(), "the app's event registry");
      }
    }
    EventRegistry.Builder builder = EventRegistry.builder();
    base.types().forEach(builder::register);
    for (WorkflowFunction fn : functions) {
      for (DeclaredEvent declared : fn.declaredEvents()) {
        EventType<?> type = declared.type();
        if (type.isUntyped()) {
          continue;
        }
        EventType<?> previous = typed.putIfAbsent(type.name(), type);
        if (previous != null && !previous.equals(type)) {
          throw new IllegalArgumentException(
              "function '"
                  + fn.id()
                  + "' declares event '"
                  + type.name()
                  + "' as "
                  + type.payloadType().getName()
                  + " ("
                  + declared.usage()
                  + "), but "
                  + owners.get(type.name())
                  + " has it as "
                  + previous.payloadType().getName());
        }
        owners.putIfAbsent(type.name(), "function '" + fn.id() + "'");
        builder.register(type);
      }
    }
    return builder.build();
  }
}
