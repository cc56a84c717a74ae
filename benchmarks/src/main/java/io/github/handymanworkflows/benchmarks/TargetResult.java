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
package io.github.handymanworkflows.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One measured target of the embedded engine, written as {@code <name>-<date>.json} and {@code .md}
 * into a results directory: the figures, the target, whether it was met and by how much, and the
 * machine (cores, JDK, load average before and after).
 */
final class TargetResult {

  private final String name;
  private final String target;
  private final double loadBefore;
  private final Map<String, Object> figures = new LinkedHashMap<>();
  private final Instant startedAt = Instant.now();

  /** Starts a result; reads the load average now. */
  TargetResult(String name, String target) {
    this.name = name;
    this.target = target;
    this.loadBefore = load();
  }

  /** Adds a figure (in insertion order). */
  TargetResult put(String key, Object value) {
    figures.put(key, value);
    return this;
  }

  /**
   * Writes the files and prints the Markdown.
   *
   * @param measured the figure compared with the target
   * @param limit the target's bound
   * @param atLeast whether the figure must be at least (true) or under (false) the bound
   * @param why what explains a miss (empty when met)
   */
  void write(Path dir, double measured, double limit, boolean atLeast, String why) {
    boolean met = atLeast ? measured >= limit : measured < limit;
    double ratio = measured / limit;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("benchmark", name);
    json.put("target", target);
    json.put("met", met);
    json.put(
        "verdict",
        String.format(
            Locale.ROOT,
            "%s: %.4g against %s %.4g (%.2f× the bound)",
            met ? "met" : "missed",
            measured,
            atLeast ? "at least" : "under",
            limit,
            ratio));
    if (!met) {
      json.put("why", why);
    }
    json.put("figures", figures);
    json.put("date", startedAt.toString());
    json.put("cores", Runtime.getRuntime().availableProcessors());
    json.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    json.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    json.put("loadAverageBefore", loadBefore);
    json.put("loadAverageAfter", load());
    String day = LocalDate.ofInstant(startedAt, ZoneOffset.UTC).toString();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(name).append(" (").append(day).append(")\n\n");
    md.append("| | |\n|---|---|\n");
    json.forEach(
        (k, v) -> {
          if (!k.equals("figures")) {
            md.append("| ").append(k).append(" | ").append(v).append(" |\n");
          }
        });
    figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    try {
      Files.createDirectories(dir);
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.write(dir.resolve(name + "-" + day + ".json"), mapper.writeValueAsBytes(json));
      Files.writeString(dir.resolve(name + "-" + day + ".md"), md, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.print(md);
  }

  /** The one-minute load average, or -1 where the platform has none. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Reads {@code name=value} arguments into a map, refusing anything else. */
  static Map<String, String> arguments(String[] args, String... names) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length != 2 || !java.util.List.of(names).contains(kv[0])) {
        throw new IllegalArgumentException(
            "arguments are name=value with name one of "
                + String.join(", ", names)
                + "; got: "
                + arg);
      }
      values.put(kv[0], kv[1]);
    }
    return values;
  }
}
