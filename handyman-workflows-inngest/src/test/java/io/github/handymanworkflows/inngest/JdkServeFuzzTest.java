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
package io.github.handymanworkflows.inngest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.test.fuzz.HostileInputs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A seeded, bounded fuzz of the serve handler on the JDK HTTP server in cloud mode: unsigned and
 * badly signed call requests with mutated bodies, hostile paths and headers. Passes when no answer
 * is a 5xx, no POST gets a 2xx, and no function code runs. Counts in {@code
 * target/fuzz/jdk-serve.txt}.
 */
class JdkServeFuzzTest {

  private static final long SEED = 20261131L;
  private static final int REQUESTS = 500;
  private static final Duration TIME_BOUND = Duration.ofSeconds(30);
  private static final String CALL =
      "{\"event\":{\"data\":{\"orderId\":\"o_{i}\",\"total\":5},\"id\":\"e{i}\","
          + "\"name\":\"shop/order.created\",\"ts\":1767225600000,\"user\":{}},\"events\":[],"
          + "\"steps\":{},\"ctx\":{\"run_id\":\"r{i}\",\"attempt\":0,\"fn_id\":\"shop-app-hello\","
          + "\"disable_immediate_execution\":false,\"use_api\":false,"
          + "\"stack\":{\"stack\":[],\"current\":0}},\"version\":1}";

  @Test
  void noHostileRequestReachesA5xxOrRunsFunctionCode() throws Exception {
    TestFunctions counters = new TestFunctions();
    FakeInngestApi api = new FakeInngestApi();
    InngestApp app =
        InngestApp.builder(
                InngestConfig.builder()
                    .appId("shop-app")
                    .signingKey("signkey-test-7468697320697320612074657374206b6579")
                    .baseUrl(api.origin())
                    .serveOrigin(URI.create("https://shop.example"))
                    .build())
            .functions(counters.all())
            .build();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
    server.start();
    try {
      HostileInputs inputs = new HostileInputs(SEED);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      List<String> paths =
          List.of(
              "/api/inngest?fnId=shop-app-hello&stepId=step",
              "/api/inngest?fnId=shop-app-process-order&stepId=step",
              "/api/inngest?probe=trust",
              "/api/inngest?fnId=nope",
              "/api/inngest");
      Map<String, Integer> byStatus = new TreeMap<>();
      List<String> failures = new ArrayList<>();
      int sent = 0;
      int dropped = 0;
      long deadline = System.nanoTime() + TIME_BOUND.toNanos();
      for (int i = 0; i < REQUESTS && System.nanoTime() < deadline; i++) {
        String path = inputs.path(inputs.pick(paths));
        String method = inputs.random().nextInt(5) == 0 ? "GET" : "POST";
        URI uri;
        try {
          uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        } catch (IllegalArgumentException e) {
          continue;
        }
        byte[] body =
            method.equals("GET")
                ? new byte[0]
                : inputs.body(HostileInputs.json(CALL.replace("{i}", Integer.toString(i))));
        HttpRequest.Builder request =
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(
                    method,
                    body.length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", inputs.contentType());
        if (inputs.random().nextBoolean()) {
          request.header(
              "X-Inngest-Signature",
              inputs.random().nextBoolean()
                  ? "t=" + (1767225600 + i) + "&s=" + Long.toHexString(inputs.random().nextLong())
                  : inputs.garbageCredential().replaceAll("[^!-~]", "x"));
        }
        HttpResponse<String> response;
        try {
          response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
          // Outside the mounted context the JDK server itself answers 404 without reading the
          // body and may close the connection first; that is the server's behaviour, not ours.
          if (path.startsWith("/api/inngest")) {
            failures.add(method + " " + path + ": connection failed: " + e);
          } else {
            dropped++;
          }
          continue;
        }
        sent++;
        int status = response.statusCode();
        byStatus.merge(status / 100 + "xx", 1, Integer::sum);
        if (status >= 500) {
          failures.add(method + " " + path + " -> " + status);
        }
        if (method.equals("POST") && status / 100 == 2) {
          failures.add("unsigned POST " + path + " -> " + status);
        }
      }
      String report =
          "jdk-serve: seed="
              + SEED
              + " requests="
              + sent
              + " byStatus="
              + byStatus
              + " droppedOutsideContext="
              + dropped
              + " functionCodeRuns="
              + counters.total()
              + " failures="
              + failures.size()
              + System.lineSeparator()
              + String.join(System.lineSeparator(), failures.stream().limit(50).toList())
              + System.lineSeparator();
      Path file = Path.of("target", "fuzz", "jdk-serve.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, report);
      System.out.println(report);

      HttpResponse<String> stillServing =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:" + server.getAddress().getPort() + "/api/inngest"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(stillServing.statusCode()).isEqualTo(200);
      assertThat(failures).isEmpty();
      assertThat(counters.total()).isZero();
      assertThat(sent).isGreaterThan(100);
    } finally {
      server.stop(0);
      api.close();
    }
  }
}
