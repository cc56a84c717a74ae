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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Proves that workflows give the same outcome when any one port call fails transiently: a retried
 * step that re-runs after part of its writes succeeded must neither lose nor repeat a side effect.
 *
 * <p>For each scenario the sweep plays it twice fault-free (the two outcomes must be equal, or the
 * scenario is not deterministic and nothing can be concluded), counting its port calls N. Then for
 * every position k = 1..N and every {@link FaultMode} it plays the scenario again with one
 * transient failure at the k-th call, and compares the outcome with the fault-free one. Any
 * difference fails with the scenario, the position, the call and the diff.
 *
 * <pre>{@code
 * FaultSweep.builder("my-workflows")
 *     .scenario("welcome email", faults -> {
 *       InMemoryWorld world = new InMemoryWorld();
 *       ManualClock clock = new ManualClock(START);
 *       WorkflowDependencies deps = world.dependencies(clock, WorkflowSettings.defaults(), faults);
 *       WorkflowTestDriver driver = FaultSweep.driver(clock).functions(myFlows(deps)).build();
 *       driver.send(UserRegistered.TYPE.event(...));
 *       return world.outcome().runs(driver.engine()).build();
 *     })
 *     .build()
 *     .run()
 *     .assertNoDifferences();
 * }</pre>
 *
 * <p>A scenario must build everything afresh on each play, wrap its ports with the given {@link
 * FaultInjector} and retry failed steps at once ({@link #driver}), so that a retry happens at the
 * same instant as the first attempt and the outcome does not depend on backoff.
 */
public final class FaultSweep {

  /** Plays a scenario through ports wrapped by {@code faults}, and returns how it ended. */
  @FunctionalInterface
  public interface Scenario {
    /** Plays the scenario once, from nothing. */
    Outcome play(FaultInjector faults) throws Exception;
  }

  private final String name;
  private final Map<String, Scenario> scenarios;
  private final List<FaultMode> modes;
  private final Path reportDirectory;
  private final List<Pattern> ignored;

  private FaultSweep(Builder b) {
    this.ignored = List.copyOf(b.ignored);
    this.name = b.name;
    this.scenarios = Map.copyOf(b.scenarios);
    this.modes = List.copyOf(b.modes);
    this.reportDirectory = b.reportDirectory;
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("a fault sweep needs at least one scenario");
    }
  }

  /** Starts a sweep; {@code name} names its report file. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A driver builder on {@code clock} that retries a failed step immediately, at the same instant,
   * as every scenario of a sweep needs.
   */
  public static io.github.handymanworkflows.test.WorkflowTestDriver.Builder driver(
      io.github.handymanworkflows.engine.ManualClock clock) {
    return io.github.handymanworkflows.test.WorkflowTestDriver.builder()
        .clock(clock)
        .retryImmediately();
  }

  /**
   * Plays every scenario fault-free and then once per port call and mode, writes the report to
   * {@code <reportDirectory>/<name>.txt} and prints its summary line.
   */
  public SweepReport run() {
    List<SweepReport.ScenarioResult> results = new ArrayList<>();
    for (String scenario : new java.util.TreeSet<>(scenarios.keySet())) {
      results.add(sweep(scenario, scenarios.get(scenario)));
    }
    SweepReport report =
        new SweepReport(name, results, ignored.stream().map(Pattern::pattern).toList());
    write(report);
    System.out.println(report.summary());
    return report;
  }

  private SweepReport.ScenarioResult sweep(String scenario, Scenario play) {
    FaultInjector counting = FaultInjector.none();
    Outcome baseline = play(scenario, play, counting);
    Outcome again = play(scenario, play, FaultInjector.none());
    List<String> nondeterminism = baseline.diff(again);
    if (!nondeterminism.isEmpty()) {
      throw new AssertionError(
          "scenario '"
              + scenario
              + "' is not deterministic: two fault-free plays differ\n  "
              + String.join("\n  ", nondeterminism));
    }
    List<String> calls = counting.calls();
    List<SweepReport.Difference> differences = new ArrayList<>();
    int tried = 0;
    for (int position = 1; position <= calls.size(); position++) {
      for (FaultMode mode : modes) {
        FaultInjector faults = FaultInjector.at(position, mode);
        Outcome outcome = play(scenario, play, faults);
        tried++;
        Optional<String> injected = faults.injected();
        List<String> diff =
            injected.isEmpty()
                ? List.of(
                    "the play made only "
                        + faults.callCount()
                        + " port calls: the scenario is not deterministic")
                : baseline.diff(outcome, ignored);
        if (!diff.isEmpty()) {
          differences.add(
              new SweepReport.Difference(scenario, position, calls.get(position - 1), mode, diff));
        }
      }
    }
    return new SweepReport.ScenarioResult(scenario, calls.size(), tried, differences);
  }

  private static Outcome play(String scenario, Scenario play, FaultInjector faults) {
    try {
      return Objects.requireNonNull(play.play(faults), "scenario returned no outcome");
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("scenario '" + scenario + "' failed to play", e);
    }
  }

  private void write(SweepReport report) {
    try {
      Files.createDirectories(reportDirectory);
      Files.writeString(
          reportDirectory.resolve(name + ".txt"), report.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fault sweep report", e);
    }
  }

  /** Builds a {@link FaultSweep}. */
  public static final class Builder {
    private final String name;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private List<FaultMode> modes = List.of(FaultMode.values());
    private Path reportDirectory = Path.of("target", "fault-sweep");
    private final List<Pattern> ignored = new ArrayList<>();

    private Builder(String name) {
      Objects.requireNonNull(name, "name must not be null");
      if (!name.matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException("name must be usable as a file name: " + name);
      }
      this.name = name;
    }

    /** Adds a scenario. */
    public Builder scenario(String scenarioName, Scenario scenario) {
      Objects.requireNonNull(scenarioName, "scenarioName must not be null");
      Objects.requireNonNull(scenario, "scenario must not be null");
      if (scenarios.putIfAbsent(scenarioName, scenario) != null) {
        throw new IllegalArgumentException("two scenarios are named '" + scenarioName + "'");
      }
      return this;
    }

    /** The fault modes tried at each position (default: all). */
    public Builder modes(FaultMode... values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("at least one mode");
      }
      this.modes = List.of(values);
      return this;
    }

    /**
     * Leaves differences at JSON paths matching {@code pathRegex} out of the comparison, for
     * figures that a lost answer cannot keep, such as how many rows an idempotent delete removed
     * ({@code /runs/\\d+/output/tokensDeleted}): the retry removes nothing and counts zero. Use
     * sparingly; the report lists the patterns.
     */
    public Builder ignoring(String pathRegex) {
      ignored.add(Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex must not be null")));
      return this;
    }

    /** Where the report is written (default {@code target/fault-sweep}). */
    public Builder reportDirectory(Path value) {
      this.reportDirectory = Objects.requireNonNull(value, "reportDirectory must not be null");
      return this;
    }

    /** The sweep. */
    public FaultSweep build() {
      return new FaultSweep(this);
    }
  }
}
