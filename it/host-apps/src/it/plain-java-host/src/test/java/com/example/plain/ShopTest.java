package com.example.plain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/**
 * The framework-free host as its owner runs it: the installed core on its own, the embedded engine
 * running the welcome workflow for a published event and the outbox mailer writing the email.
 */
class ShopTest {

  @TempDir Path outbox;

  @Test
  void publishedEventSendsTheWelcomeEmail() throws Exception {
    try (Shop shop = new Shop(outbox)) {
      shop.registered("user123", "test@example.com", "Test", "User");

      String email = awaitEmail("welcome:user123", Duration.ofSeconds(60));
      assertTrue(
          email.lines().anyMatch(line -> line.startsWith("To: ") && line.contains("test@example.com")),
          email);
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
