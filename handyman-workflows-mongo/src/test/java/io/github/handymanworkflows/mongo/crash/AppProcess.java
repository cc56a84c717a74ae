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
package io.github.handymanworkflows.mongo.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One life of {@link CrashApp} in a JVM of its own, on the test's classpath. */
final class AppProcess {

  private final String life;
  private final Process process;
  private final Path log;
  private final int port;

  private AppProcess(String life, Process process, Path log, int port) {
    this.life = life;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts a life and waits until its ingest listens. */
  static AppProcess start(String uri, String database, String life, Path dir)
      throws IOException, InterruptedException {
    Path portFile = dir.resolve(life + ".port");
    Path log = dir.resolve(life + ".log");
    Files.deleteIfExists(portFile);
    // Failsafe puts the test classpath here; java.class.path may be its manifest-only jar.
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(classpath);
    command.add(CrashApp.class.getName());
    command.add(uri);
    command.add(database);
    command.add(life);
    command.add(portFile.toString());
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!Files.exists(portFile)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            life + " exited with " + process.exitValue() + "; log:\n" + Files.readString(log));
      }
      if (Instant.now().isAfter(deadline)) {
        process.destroyForcibly();
        throw new IllegalStateException(life + " did not listen within 2 minutes");
      }
      Thread.sleep(50);
    }
    return new AppProcess(life, process, log, Integer.parseInt(Files.readString(portFile).trim()));
  }

  String life() {
    return life;
  }

  int port() {
    return port;
  }

  boolean alive() {
    return process.isAlive();
  }

  /**
   * Kills the JVM with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook, no
   * lease release, no flush.
   *
   * @return the exit status, 137 (128 + 9) for a SIGKILL
   */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      throw new IllegalStateException(life + " still runs a minute after SIGKILL");
    }
    return process.exitValue();
  }

  /** Stops a life at the end of a test, forcibly (nothing is checked after). */
  void stop() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
