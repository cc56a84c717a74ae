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

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Emails rendered per second of CPU time, for {@link TemplateRenderBenchmark}'s emails, on one
 * thread.
 *
 * <p>JMH's throughput counts wall-clock time, which on a shared machine mostly measures how often
 * the thread was scheduled. The thread's own CPU time does not depend on that, so this gives what
 * one idle core would do. The whole JVM's CPU time adds the garbage collector's and the JIT's
 * threads. Usage: {@code java -cp benchmarks.jar
 * io.github.handymanworkflows.benchmarks.TemplateRenderCpuTime [emailsPerRound]}.
 */
public final class TemplateRenderCpuTime {

  private static volatile Object sink;

  private TemplateRenderCpuTime() {}

  /** Warms up, then prints five rounds per email kind. */
  public static void main(String[] args) {
    int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    TemplateRenderBenchmark emails = new TemplateRenderBenchmark();
    emails.setUp();
    Map<String, Supplier<Object>> kinds = new LinkedHashMap<>();
    kinds.put("welcome", emails::welcome);
    kinds.put("jobMatched", emails::jobMatched);
    kinds.put("analyticsReport", emails::analyticsReport);
    kinds.put("profileIncomplete", emails::profileIncomplete);
    kinds.put("compiledEachTime", emails::jobMatchedCompiledEachTime);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    OperatingSystemMXBean process =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.println("emails per CPU-second of the rendering thread, five rounds; last column:");
    System.out.println("per CPU-second of the whole JVM (garbage collector and JIT included)");
    for (Map.Entry<String, Supplier<Object>> kind : kinds.entrySet()) {
      // Compiling is slow: a fiftieth as many of those keeps the rounds short.
      int count = kind.getKey().equals("compiledEachTime") ? perRound / 50 : perRound;
      run(kind.getValue(), count * 4); // warm-up: let the JIT compile the path
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", kind.getKey()));
      double best = 0;
      double bestProcess = 0;
      for (int round = 0; round < 5; round++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long processCpu = process.getProcessCpuTime();
        run(kind.getValue(), count);
        double rate = count / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        best = Math.max(best, rate);
        bestProcess =
            Math.max(bestProcess, count / ((process.getProcessCpuTime() - processCpu) / 1e9));
        line.append(String.format(Locale.ROOT, " %,9.0f", rate));
      }
      line.append(String.format(Locale.ROOT, "   best %,9.0f", best));
      line.append(String.format(Locale.ROOT, "   whole JVM best %,9.0f", bestProcess));
      System.out.println(line);
    }
  }

  private static void run(Supplier<Object> email, int count) {
    for (int i = 0; i < count; i++) {
      sink = email.get();
    }
  }
}
