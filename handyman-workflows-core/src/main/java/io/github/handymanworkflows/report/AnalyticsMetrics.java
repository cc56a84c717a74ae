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
package io.github.handymanworkflows.report;

import io.github.handymanworkflows.domain.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an analytics report measured over its period; counts only, no personal data.
 *
 * @param newUsers users registered in the period
 * @param activeUsers users whose last login is in the period
 * @param usersByRole users per role at the end of the period; every role is a key
 * @param jobsPosted jobs posted in the period
 * @param jobsCompleted jobs completed in the period
 * @param revenueByCurrency sum of completed jobs' final prices in minor units, per ISO-4217 code
 */
public record AnalyticsMetrics(
    long newUsers,
    long activeUsers,
    Map<Role, Long> usersByRole,
    long jobsPosted,
    long jobsCompleted,
    Map<String, Long> revenueByCurrency) {

  /** Validates and copies; roles without a count get zero. */
  public AnalyticsMetrics {
    Objects.requireNonNull(usersByRole, "usersByRole must not be null");
    Objects.requireNonNull(revenueByCurrency, "revenueByCurrency must not be null");
    requireNotNegative("newUsers", newUsers);
    requireNotNegative("activeUsers", activeUsers);
    requireNotNegative("jobsPosted", jobsPosted);
    requireNotNegative("jobsCompleted", jobsCompleted);
    EnumMap<Role, Long> roles = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      roles.put(role, 0L);
    }
    usersByRole.forEach(
        (role, count) -> {
          requireNotNegative("usersByRole." + role, count);
          roles.put(role, count);
        });
    revenueByCurrency.forEach(
        (currency, amount) -> requireNotNegative("revenue." + currency, amount));
    usersByRole = Collections.unmodifiableMap(roles);
    revenueByCurrency = Collections.unmodifiableMap(new TreeMap<>(revenueByCurrency));
  }

  private static void requireNotNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative");
    }
  }
}
