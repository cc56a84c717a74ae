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
package io.github.handymanworkflows.test.faults;

import java.util.List;
import java.util.Locale;

/**
 * What a {@link FaultSweep} tried and found: per scenario, its port calls and the fault positions
 * tried, and every difference from the fault-free outcome.
 *
 * @param name the sweep's name
 * @param scenarios one result per scenario, by name
 * @param ignoredPaths the patterns of JSON paths left out of the comparison
 */
public record SweepReport(String name, List<ScenarioResult> scenarios, List<String> ignoredPaths) {

  /** Copies the lists. */
  public SweepReport {
    scenarios = List.copyOf(scenarios);
    ignoredPaths = List.copyOf(ignoredPaths);
  }

  /**
   * One scenario's sweep.
   *
   * @param scenario its name
   * @param portCalls port calls of its fault-free play
   * @param faultsTried plays with one injected failure (positions × modes)
   * @param differences plays whose outcome differed
   */
  public record ScenarioResult(
      String scenario, int portCalls, int faultsTried, List<Difference> differences) {

    /** Copies the list. */
    public ScenarioResult {
      differences = List.copyOf(differences);
    }
  }

  /**
   * A play whose outcome differed from the fault-free one.
   *
   * @param scenario the scenario
   * @param position the failed call's position, 1-based
   * @param call the failed call, {@code port.method}
   * @param mode how it failed
   * @param diff the differing paths with expected and actual values
   */
  public record Difference(
      String scenario, int position, String call, FaultMode mode, List<String> diff) {

    /** Copies the list. */
    public Difference {
      diff = List.copyOf(diff);
    }

    /** The difference as text: where, how, and the diff lines. */
    public String describe() {
      return "scenario '"
          + scenario
          + "', fault at call "
          + position
          + " ("
          + call
          + ", "
          + mode
          + "):\n    "
          + String.join("\n    ", diff);
    }
  }

  /** Every difference of every scenario. */
  public List<Difference> differences() {
    return scenarios.stream().flatMap(s -> s.differences().stream()).toList();
  }

  /** The number of faulty plays over all scenarios. */
  public int faultsTried() {
    return scenarios.stream().mapToInt(ScenarioResult::faultsTried).sum();
  }

  /** One line: scenarios, fault positions tried and differences found. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "fault sweep %s: %d scenarios, %d fault positions tried, %d differences",
        name,
        scenarios.size(),
        faultsTried(),
        differences().size());
  }

  /** The report: the summary, a line per scenario, then each difference. */
  public String text() {
    StringBuilder text = new StringBuilder(summary()).append('\n');
    for (String pattern : ignoredPaths) {
      text.append("ignored paths: ").append(pattern).append('\n');
    }
    for (ScenarioResult s : scenarios) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-50s %5d port calls %6d faults tried %4d differences%n",
              s.scenario(),
              s.portCalls(),
              s.faultsTried(),
              s.differences().size()));
    }
    for (Difference d : differences()) {
      text.append(d.describe()).append('\n');
    }
    return text.toString();
  }

  /**
   * Throws an {@link AssertionError} naming every difference (scenario, position, call, mode and
   * diff) unless there is none.
   */
  public SweepReport assertNoDifferences() {
    List<Difference> differences = differences();
    if (!differences.isEmpty()) {
      StringBuilder message =
          new StringBuilder(summary()).append("; a retried step changed the outcome:\n");
      differences.stream()
          .limit(10)
          .forEach(d -> message.append("  ").append(d.describe()).append('\n'));
      if (differences.size() > 10) {
        message.append("  … and ").append(differences.size() - 10).append(" more in the report\n");
      }
      throw new AssertionError(message.toString());
    }
    return this;
  }
}
