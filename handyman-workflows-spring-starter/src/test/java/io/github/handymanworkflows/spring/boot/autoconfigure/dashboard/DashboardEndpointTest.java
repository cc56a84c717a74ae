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
package io.github.handymanworkflows.spring.boot.autoconfigure.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.event.Event;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard served by the starter on Spring MVC over a real port: the page, its security
 * headers, and a cancel that goes through with its CSRF token and is refused without it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "handyman.workflows.dashboard.enabled=true",
      "handyman.workflows.embedded.workers=1"
    })
class DashboardEndpointTest {

  static final EventType<Map> NAP = EventType.of("test/nap.requested", Map.class);

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    WorkflowFunction napper() {
      return Workflow.function("napper", "Napper")
          .trigger(NAP)
          .handler(
              (ctx, step) -> {
                step.sleep("nap", Duration.ofDays(1));
                return "rested";
              });
    }
  }

  @DynamicPropertySource
  static void outbox(DynamicPropertyRegistry registry) throws Exception {
    String dir = Files.createTempDirectory("outbox").toString();
    registry.add("handyman.workflows.mail.outbox-directory", () -> dir);
  }

  @LocalServerPort int port;
  @Autowired EmbeddedEngine engine;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void cancelsASleepingRunWithTheTokenAndRefusesWithoutIt() throws Exception {
    engine.publish(Event.of(NAP, Map.of("who", "cat")));
    String runId = awaitSleepingRun();
    String runPage = "http://127.0.0.1:" + port + "/handyman/dashboard/runs/" + runId;

    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(runPage)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String token = cookie.substring(cookie.indexOf('=') + 1);
    Matcher requestId =
        Pattern.compile("name=\"requestId\" value=\"([A-Za-z0-9_-]+)\"").matcher(page.body());
    assertThat(requestId.find()).isTrue();

    HttpResponse<String> forged =
        post(runPage + "/cancel", cookie, "requestId=" + requestId.group(1));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(engine.run(runId).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);

    HttpResponse<String> real =
        post(runPage + "/cancel", cookie, "csrf=" + token + "&requestId=" + requestId.group(1));
    assertThat(real.statusCode()).isEqualTo(303);
    assertThat(real.headers().firstValue("Location"))
        .hasValue("/handyman/dashboard/runs/" + runId + "?op=cancel&outcome=applied");
    assertThat(engine.run(runId).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
  }

  private HttpResponse<String> post(String url, String cookie, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String awaitSleepingRun() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      var runs = engine.runs("napper");
      if (!runs.isEmpty() && runs.get(0).step("nap").isPresent()) {
        return runs.get(0).runId();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the napper run never reached its sleep");
  }
}
