package com.example.plain;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.mail.OutboxMailer;
import io.github.handymanworkflows.workflows.EmbeddedWorkflows;
import java.nio.file.Path;
import java.time.Clock;

public final class Shop implements AutoCloseable {

  private final EmbeddedWorkflows workflows;

  public Shop(Path outbox) {
    workflows =
        EmbeddedWorkflows.builder("my-shop") // the app id is required
            .mailer(new OutboxMailer(outbox, Clock.systemUTC())) // any port; the rest in memory
            .build();
    workflows.start(2); // scheduler thread + 2 workers
  }

  public void registered(String id, String email, String first, String last) {
    // ... store the user first, then:
    workflows
        .publisher()
        .publish(UserRegistered.TYPE.event(new UserRegistered(id, email, first, last, Role.CUSTOMER)));
  }

  @Override
  public void close() {
    workflows.close(); // lets calls in progress finish
  }
}
