package io.github.handymanworkflows.spring.boot.autoconfigure;

import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.mail.Emails;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.mail.WelcomeEmail;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A host's own workflow beans: one on an event that sends an email, one on a schedule. */
@Configuration(proxyBeanMethods = false)
class TestWorkflows {

  static final String WELCOME = "test-welcome";
  static final String NIGHTLY = "test-nightly";

  @Bean
  WorkflowFunction testWelcome(Emails emails) {
    return Workflow.function(WELCOME, "Test welcome")
        .trigger(UserRegistered.TYPE)
        .retries(0)
        .handler(
            (ctx, step) -> {
              UserRegistered user = ctx.data(UserRegistered.TYPE);
              step.run(
                  "send-welcome",
                  () ->
                      emails.welcome(
                          new WelcomeEmail(
                              new Recipient(user.userId(), user.email(), user.firstName()),
                              user.role())));
              return user.userId();
            });
  }

  @Bean
  WorkflowFunction testNightly() {
    return Workflow.function(NIGHTLY, "Test nightly")
        .cron("0 2 * * *")
        .retries(1)
        .handler((ctx, step) -> "done");
  }
}
