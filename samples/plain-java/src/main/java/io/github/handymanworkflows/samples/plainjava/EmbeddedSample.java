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
package io.github.handymanworkflows.samples.plainjava;

import io.github.handymanworkflows.mail.OutboxMailer;
import io.github.handymanworkflows.workflows.EmbeddedWorkflows;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs every marketplace workflow in this process on the embedded engine, with no Inngest server:
 * in-memory ports, emails written to {@code MAIL_OUTBOX_DIR} (default {@code ./outbox}) with the
 * default mail settings. A host passes its own repositories, mailer and settings to {@link
 * EmbeddedWorkflows#builder(String)} and publishes its events to {@link
 * EmbeddedWorkflows#publisher()}. With {@code DASHBOARD_PORT} set, the run dashboard is served at
 * {@code http://127.0.0.1:<port>/dashboard} ({@link DashboardSample}).
 *
 * <pre>
 * ./mvnw -q -pl samples/plain-java -am package -DskipTests
 * java -cp 'samples/plain-java/target/classes:samples/plain-java/target/lib/*' \
 *     io.github.handymanworkflows.samples.plainjava.EmbeddedSample
 * </pre>
 */
public final class EmbeddedSample {

  private EmbeddedSample() {}

  /**
   * Builds the workflows with the app id {@code APP_ID} (default {@code handyman-app}) and starts
   * two workers.
   */
  public static EmbeddedWorkflows start(Map<String, String> env) {
    Clock clock = Clock.systemUTC();
    String outbox = env.getOrDefault("MAIL_OUTBOX_DIR", "outbox");
    EmbeddedWorkflows workflows =
        EmbeddedWorkflows.builder(env.getOrDefault("APP_ID", "handyman-app"))
            .clock(clock)
            .mailer(new OutboxMailer(Path.of(outbox), clock))
            .build();
    workflows.start(2);
    return workflows;
  }

  /** Runs until the process is stopped. */
  public static void main(String[] args) throws InterruptedException, java.io.IOException {
    EmbeddedWorkflows workflows = start(System.getenv());
    String dashboardPort = System.getenv("DASHBOARD_PORT");
    if (dashboardPort != null) {
      DashboardSample.serve(
          workflows.engine(), java.time.ZoneOffset.UTC, Integer.parseInt(dashboardPort));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  workflows.close();
                  stopped.countDown();
                },
                "embedded-sample-shutdown"));
    stopped.await();
  }
}
