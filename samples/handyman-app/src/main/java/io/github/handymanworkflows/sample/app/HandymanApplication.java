package io.github.handymanworkflows.sample.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample marketplace: {@code ./mvnw -pl samples/handyman-app -am spring-boot:run} starts it on
 * port 3006 with the embedded engine, in-memory stores and an outbox folder for emails.
 */
@SpringBootApplication
public class HandymanApplication {

  /** Starts the app. */
  public static void main(String[] args) {
    SpringApplication.run(HandymanApplication.class, args);
  }
}
