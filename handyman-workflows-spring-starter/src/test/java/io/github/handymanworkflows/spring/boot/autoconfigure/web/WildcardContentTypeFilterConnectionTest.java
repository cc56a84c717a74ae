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
package io.github.handymanworkflows.spring.boot.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The 415 of {@link WildcardContentTypeFilter} on Spring MVC (Tomcat) over real HTTP: a body the
 * serve endpoint would accept in size, but larger than Tomcat swallows after an answer (2 MB), is
 * read before the answer, so the connection stays usable instead of being closed under a client
 * that is still sending (which can cost the client the answer: a reset, "HTTP/1.1 header parser
 * received no bytes").
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "handyman.workflows.embedded.accept-http-events=true",
      "handyman.workflows.embedded.event-keys=filter-test-key"
    })
class WildcardContentTypeFilterConnectionTest {

  /** Above Tomcat's default maxSwallowSize (2 MB), below the serve endpoint's limit (5 MB). */
  static final int BODY_BYTES = 3 * 1024 * 1024;

  @DynamicPropertySource
  static void outbox(DynamicPropertyRegistry registry) throws Exception {
    String dir = Files.createTempDirectory("outbox").toString();
    registry.add("handyman.workflows.mail.outbox-directory", () -> dir);
  }

  @LocalServerPort int port;

  @Test
  void a415ToALargeBodyKeepsTheConnectionForTheNextRequest() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    URI serve = URI.create("http://127.0.0.1:" + port + "/api/inngest");

    for (String contentType : new String[] {"*/*", "garbage"}) {
      HttpResponse<String> refused =
          client.send(
              HttpRequest.newBuilder(serve)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", contentType)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[BODY_BYTES]))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(refused.statusCode()).isEqualTo(415);
      // Unread, Tomcat would answer "Connection: close" and close the connection under the
      // client's upload; read, the connection carries the next request.
      assertThat(refused.headers().firstValue("Connection")).isEmpty();
      HttpResponse<String> next =
          client.send(
              HttpRequest.newBuilder(serve).timeout(Duration.ofSeconds(30)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(next.statusCode()).isEqualTo(200);
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
