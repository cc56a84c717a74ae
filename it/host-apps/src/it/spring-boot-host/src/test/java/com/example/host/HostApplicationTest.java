package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The host app as its owner runs it: the installed starter, Boot's own auto-configuration, a real
 * web server on a free port. An event published through the starter's publisher runs the welcome
 * workflow on the embedded engine, whose email lands in the outbox; the starter's health
 * contribution answers in /actuator/health.
 */
class HostApplicationTest {

  @TempDir Path outbox;

  @Test
  void publishedEventSendsTheWelcomeEmailAndHealthShowsTheWorkflows() throws Exception {
    System.out.println("Host app on Spring Boot " + SpringBootVersion.getVersion());
    try (ConfigurableApplicationContext context =
        SpringApplication.run(
            HostApplication.class,
            "--server.address=127.0.0.1",
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--handyman.workflows.mail.outbox-directory=" + outbox)) {
      context.getBean(Registration.class).registered("user123", "test@example.com", "Test", "User");

      String email = awaitEmail("welcome:user123", Duration.ofSeconds(60));
      assertThat(email).containsPattern("(?m)^To: .*test@example\\.com");
      assertThat(email).containsPattern("(?m)^From: .*no-reply@example\\.com");

      String port = context.getEnvironment().getRequiredProperty("local.server.port");
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      JsonNode workflows = new ObjectMapper().readTree(health.body()).at("/components/handymanWorkflows");
      assertThat(workflows.path("status").asText()).as(health.body()).isEqualTo("UP");
    }
  }

  /** Polls the outbox until a complete message (its closing MIME boundary written) has the key. */
  private String awaitEmail(String key, Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      for (String message : emails()) {
        if (message.contains(key) && message.stripTrailing().endsWith("--")) {
          return message;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No email " + key + " in " + outbox + " within " + timeout);
  }

  private List<String> emails() throws IOException {
    try (Stream<Path> files = Files.list(outbox)) {
      List<Path> eml = files.filter(file -> file.toString().endsWith(".eml")).toList();
      List<String> messages = new ArrayList<>();
      for (Path file : eml) {
        messages.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return messages;
    }
  }
}
