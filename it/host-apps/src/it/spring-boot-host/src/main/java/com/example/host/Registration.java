package com.example.host;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.event.EventPublisher;
import io.github.handymanworkflows.event.UserRegistered;
import org.springframework.stereotype.Service;

@Service
public class Registration {

  private final EventPublisher publisher;

  public Registration(EventPublisher publisher) {
    this.publisher = publisher;
  }

  public void registered(String id, String email, String first, String last) {
    // ... store the user first, then:
    publisher.publish(
        UserRegistered.TYPE.event(new UserRegistered(id, email, first, last, Role.CUSTOMER)));
  }
}
