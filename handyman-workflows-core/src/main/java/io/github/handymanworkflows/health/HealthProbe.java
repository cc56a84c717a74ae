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
package io.github.handymanworkflows.health;

/**
 * Checks one dependency (database, cache, mail provider) cheaply: a ping, not a full count (§8
 * E.30). Adapters provide one each.
 */
public interface HealthProbe {

  /** A stable, short name such as {@code mongo}, {@code redis} or {@code mail}. */
  String name();

  /**
   * Checks the dependency once. Never throws: a failure is a {@link HealthStatus#DOWN} result. The
   * check must bound its own time (a driver timeout), since the health workflow waits for it.
   */
  ProbeResult check();
}
