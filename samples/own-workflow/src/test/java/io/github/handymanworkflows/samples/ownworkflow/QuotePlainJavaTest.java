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
package io.github.handymanworkflows.samples.ownworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.inngest.InngestApp;
import io.github.handymanworkflows.inngest.testing.InngestServerHarness;
import io.github.handymanworkflows.workflows.EmbeddedWorkflows;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guide's workflow in plain Java, on both engines. */
class QuotePlainJavaTest {

  @Test
  void runsOnTheEmbeddedEngine() {
    RecordingQuoteNotifier notifier = new RecordingQuoteNotifier();
    try (EmbeddedWorkflows workflows = QuotePlainJava.embedded(notifier)) {
      workflows
          .publisher()
          .publish(QuoteRequested.TYPE.event(new QuoteRequested("q_1", "c_1", "h_1")));
      workflows.engine().runDue();
      workflows.publisher().publish(QuoteSent.TYPE.event(new QuoteSent("q_1", 100)));
      workflows.engine().runDue();

      RunRecord run = workflows.engine().runs(QuoteFollowUp.ID).get(0);
      assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(run.output().asText()).isEqualTo("quoted");
    }
  }

  @Test
  void runsOnInngestInDevMode() throws Exception {
    RecordingQuoteNotifier notifier = new RecordingQuoteNotifier();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    try (InngestServerHarness inngest =
        InngestServerHarness.builder()
            .appId(QuotePlainJava.APP_ID)
            .clock(new ManualClock(Instant.parse("2026-03-02T09:00:00Z")))
            .functions(java.util.List.of(QuoteFollowUp.function(new RecordingQuoteNotifier())))
            .build()) {
      InngestApp app =
          QuotePlainJava.inngest(
              Map.of("INNGEST_DEV", "1", "INNGEST_BASE_URL", inngest.baseUri().toString()),
              notifier,
              server);
      server.start();
      try (app) {
        URI serve =
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/inngest");
        HttpResponse<String> synced =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(serve).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(synced.statusCode()).as("sync: %s", synced.body()).isEqualTo(200);

        app.publisher()
            .publish(QuoteRequested.TYPE.event(new QuoteRequested("q_2", "c_2", "h_2")))
            .toCompletableFuture()
            .join();
        inngest.engine().runDue();
        inngest.engine().advance(QuoteFollowUp.WAIT);

        assertThat(notifier.sent()).containsExactly("remind h_2 about q_2");
        assertThat(inngest.engine().runs(QuoteFollowUp.ID).get(0).status())
            .isEqualTo(RunStatus.RUNNING);
      }
    } finally {
      server.stop(0);
    }
  }
}
