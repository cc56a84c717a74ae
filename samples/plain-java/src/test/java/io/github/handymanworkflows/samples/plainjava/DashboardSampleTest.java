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

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.workflows.EmbeddedWorkflows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardSampleTest {

  @TempDir Path outbox;

  @Test
  void thePlainJavaHostServesTheDashboardOnLoopback() throws Exception {
    try (EmbeddedWorkflows workflows =
        EmbeddedSample.start(Map.of("MAIL_OUTBOX_DIR", outbox.toString()))) {
      HttpServer server = DashboardSample.serve(workflows.engine(), ZoneId.of("Africa/Lagos"), 0);
      try {
        assertThat(server.getAddress().getAddress().isLoopbackAddress()).isTrue();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + DashboardSample.PATH;
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> runs =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> css =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/assets/dashboard.css")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.body()).contains("<h1>Runs</h1>");
        assertThat(runs.headers().firstValue("Set-Cookie"))
            .hasValueSatisfying(c -> assertThat(c).contains("SameSite=Strict"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
      } finally {
        server.stop(0);
      }
    }
  }
}
