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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.dashboard.Dashboard;
import io.github.handymanworkflows.dashboard.JdkDashboardHandler;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.store.EngineStore;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The two adapters, the starter's Spring MVC route and {@link JdkDashboardHandler}, serve one
 * dashboard over real HTTP and must answer every URL alike: the same status and the same body or
 * redirect target, for run ids that need percent-encoding, encoded slashes and dots, malformed
 * escapes and paths that only look like the mount. Requests go over a plain socket so every path is
 * sent exactly as written, malformed ones included.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "handyman.workflows.dashboard.enabled=true",
      "handyman.workflows.embedded.workers=1"
    })
class DashboardAdapterParityTest {

  static final String MOUNT = "/handyman/dashboard";
  static final EventType<Map> PING = EventType.of("test/ping", Map.class);
  // A well-formed token sent with every request, so pages carry the same one in both answers.
  static final String TOKEN = "a".repeat(43);
  static final Instant STARTED = Instant.parse("2026-11-29T08:00:00Z");
  static final Pattern REQUEST_ID = Pattern.compile("name=\"requestId\" value=\"[A-Za-z0-9_-]+\"");
  static final Pattern RUN_LINK = Pattern.compile("href=\"(" + MOUNT + "/runs/[^\"?]+)\"");

  /** Ids a store may hold that need encoding in a path; the engine's own ids are ULIDs. */
  static final List<String> TRICKY_IDS =
      List.of("a b", "a+b", "100%", "100%2F", "caf\u00e9", "x;y", "q?r", "h#1", "~t.u", "<&>");

  /** Ids no path can address: the rule refuses an encoded slash and dot segments. */
  static final List<String> UNADDRESSABLE_IDS = List.of("a/b", "..", ".");

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    WorkflowFunction pinger() {
      return Workflow.function("pinger", "Pinger").trigger(PING).handler((ctx, step) -> "pong");
    }
  }

  @DynamicPropertySource
  static void outbox(DynamicPropertyRegistry registry) throws Exception {
    String dir = Files.createTempDirectory("outbox").toString();
    registry.add("handyman.workflows.mail.outbox-directory", () -> dir);
  }

  @LocalServerPort int springPort;
  @Autowired Dashboard dashboard;
  @Autowired EngineStore store;

  HttpServer jdk;

  @BeforeEach
  void startJdkServerAndSeedRuns() throws IOException {
    jdk = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    jdk.createContext(MOUNT, new JdkDashboardHandler(dashboard, MOUNT));
    jdk.start();
    for (String id : concat(TRICKY_IDS, UNADDRESSABLE_IDS)) {
      // False for the tests after the first: they share the context and its store.
      store.createRun(completedRun(id));
    }
  }

  @AfterEach
  void stopJdkServer() {
    jdk.stop(0);
  }

  /**
   * One URL of the table and the status both adapters must answer. {@code sameBody} is false only
   * where Tomcat refuses the request line itself (an encoded slash, a malformed or non-UTF-8
   * escape) or Spring has no route (not below the mount): the status is then all the two can share.
   */
  record Row(String path, int status, boolean sameBody) {
    static Row dashboard(String below, int status) {
      return new Row(MOUNT + below, status, true);
    }

    static Row refusedBeforeTheDashboard(String path, int status) {
      return new Row(path, status, false);
    }
  }

  static final List<Row> TABLE =
      List.of(
          Row.dashboard("", 200),
          Row.dashboard("/", 200),
          Row.dashboard("/functions", 200),
          Row.dashboard("/functions/", 404),
          Row.dashboard("/./functions", 400),
          Row.dashboard("/runs/a%20b", 200),
          Row.dashboard("/runs/a+b", 200),
          Row.dashboard("/runs/a%2Bb", 200),
          Row.dashboard("/runs/100%25", 200),
          Row.dashboard("/runs/100%252F", 200),
          Row.dashboard("/runs/caf%C3%A9", 200),
          Row.dashboard("/runs/caf%c3%a9", 200),
          Row.dashboard("/runs/x;y", 200),
          Row.dashboard("/runs/q%3Fr", 200),
          Row.dashboard("/runs/h%231", 200),
          Row.dashboard("/runs/~t.u", 200),
          Row.dashboard("/runs/%2E%2E", 400),
          Row.dashboard("/runs/%2e", 400),
          Row.dashboard("/runs/%2E%2E/functions", 400),
          Row.dashboard("/runs/../functions", 400),
          Row.dashboard("/assets/dashboard.css", 200),
          Row.dashboard("/assets/dashboard%2Ecss", 200),
          Row.dashboard("/assets/../functions", 400),
          Row.dashboard("/assets/%2E%2E/functions", 400),
          Row.dashboard("/runs/", 404),
          Row.dashboard("/runs/nope", 404),
          Row.dashboard("/runs/" + "r".repeat(201), 404),
          Row.dashboard("/runs/a%20b/retry", 404),
          Row.dashboard("/runs/a%20b/", 404),
          Row.refusedBeforeTheDashboard(MOUNT + "/runs/a%2Fb", 400),
          Row.refusedBeforeTheDashboard(MOUNT + "/runs/a%2fb", 400),
          Row.refusedBeforeTheDashboard(MOUNT + "%2Ffunctions", 400),
          Row.refusedBeforeTheDashboard(MOUNT + "/runs/%zz", 400),
          Row.refusedBeforeTheDashboard(MOUNT + "/runs/%4", 400),
          Row.refusedBeforeTheDashboard(MOUNT + "/runs/%FF", 400),
          Row.refusedBeforeTheDashboard(MOUNT + "/runs/%C3", 400),
          Row.refusedBeforeTheDashboard(MOUNT + "x/functions", 404),
          // Both servers match the mount on the decoded path; the adapters compare it raw.
          new Row("/handyman/d%61shboard/functions", 404, true));

  @Test
  void bothAdaptersAnswerEveryTrickyUrlAlike() throws IOException {
    List<String> differences = new ArrayList<>();
    for (Row row : TABLE) {
      Answer spring = send(springPort, "GET", row.path(), null);
      Answer plain = send(jdk.getAddress().getPort(), "GET", row.path(), null);
      if (spring.status() != row.status()
          || plain.status() != row.status()
          || (row.sameBody() && !spring.body().equals(plain.body()))) {
        differences.add(
            row.path()
                + ": expected "
                + row.status()
                + ", spring "
                + spring.status()
                + ", jdk "
                + plain.status()
                + (spring.body().equals(plain.body()) ? "" : " (bodies differ)"));
      }
    }

    assertThat(differences).isEmpty();
  }

  @Test
  void everyRunLinkOfTheListReachesItsRunThroughEitherAdapter() throws IOException {
    for (int port : new int[] {springPort, jdk.getAddress().getPort()}) {
      Answer list = send(port, "GET", MOUNT + "/", null);
      List<String> shown = new ArrayList<>();
      int refused = 0;
      Matcher link = RUN_LINK.matcher(list.body());
      while (link.find()) {
        String href = link.group(1).replace("&amp;", "&");
        Answer run = send(port, "GET", href, null);
        if (run.status() == 400) {
          refused++;
          continue;
        }
        assertThat(run.status()).as("GET %s on port %d", href, port).isEqualTo(200);
        Matcher title = Pattern.compile("id=\"run-id\">([^<]*)<").matcher(run.body());
        assertThat(title.find()).as("GET %s on port %d", href, port).isTrue();
        shown.add(title.group(1));
      }

      assertThat(shown)
          .as("port %d", port)
          .containsExactlyInAnyOrderElementsOf(
              TRICKY_IDS.stream().map(DashboardAdapterParityTest::escape).toList());
      assertThat(refused).as("port %d", port).isEqualTo(UNADDRESSABLE_IDS.size());
    }
  }

  @Test
  void anActionOnAnEncodedIdRedirectsToTheSameEncodedTargetThroughEitherAdapter()
      throws IOException {
    List<String> targets = new ArrayList<>();
    for (int port : new int[] {springPort, jdk.getAddress().getPort()}) {
      Answer answer =
          send(
              port,
              "POST",
              MOUNT + "/runs/100%25/cancel",
              "csrf=" + TOKEN + "&requestId=parity-" + port);
      assertThat(answer.status()).isEqualTo(303);
      targets.add(answer.location());
    }

    assertThat(targets).containsOnly(MOUNT + "/runs/100%25?op=cancel&outcome=refused").hasSize(2);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  record Answer(int status, String location, String body) {}

  /** One HTTP/1.0 exchange over a socket: the path goes out byte for byte as given. */
  private static Answer send(int port, String method, String path, String form) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(60_000);
      StringBuilder request =
          new StringBuilder(method + " " + path + " HTTP/1.0\r\n")
              .append("Host: 127.0.0.1:")
              .append(port)
              .append("\r\n")
              .append("Cookie: hw_dashboard_csrf=")
              .append(TOKEN)
              .append("\r\n");
      byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
      if (form != null) {
        request
            .append("Content-Type: application/x-www-form-urlencoded\r\n")
            .append("Content-Length: ")
            .append(body.length)
            .append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = response.indexOf("\r\n\r\n");
      String head = end < 0 ? response : response.substring(0, end);
      String text = end < 0 ? "" : response.substring(end + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      String location = "";
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("location:")) {
          location = line.substring(9).strip();
        }
      }
      // Each form carries a fresh random request id; everything else must match.
      return new Answer(status, location, REQUEST_ID.matcher(text).replaceAll("requestId"));
    }
  }

  private static StoredRun completedRun(String id) {
    ObjectNode trigger = JsonNodeFactory.instance.objectNode();
    trigger.put("id", "evt-" + id);
    trigger.put("name", PING.name());
    trigger.putObject("data");
    trigger.putObject("user");
    trigger.put("ts", STARTED.toEpochMilli());
    List<JsonNode> events = List.of(trigger);
    return new StoredRun(
        id,
        "pinger",
        1,
        RunStatus.COMPLETED,
        events,
        STARTED,
        STARTED.plusSeconds(1),
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false,
        null,
        null,
        null,
        null,
        List.of(),
        List.of());
  }
}
