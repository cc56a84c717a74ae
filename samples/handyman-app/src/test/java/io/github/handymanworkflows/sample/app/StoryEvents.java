package io.github.handymanworkflows.sample.app;

import io.github.handymanworkflows.event.CustomerJobCompleted;
import io.github.handymanworkflows.event.EmailVerificationRequested;
import io.github.handymanworkflows.event.JobAccepted;
import io.github.handymanworkflows.event.JobCompleted;
import io.github.handymanworkflows.event.JobPosted;
import io.github.handymanworkflows.event.OnboardingStarted;
import io.github.handymanworkflows.event.ReviewSubmitted;
import io.github.handymanworkflows.event.UserRegistered;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two test-only workflow functions that join the app's engine: one records every event of the story
 * (so the test sees what reached the engine), one keeps verification tokens by email (the test's
 * stand-in for reading the verification email).
 */
@TestConfiguration(proxyBeanMethods = false)
class StoryEvents {

  static final String LOG = "test-story-log";
  static final Map<String, String> VERIFICATION_TOKENS = new ConcurrentHashMap<>();

  @Bean
  WorkflowFunction storyLog() {
    return Workflow.function(LOG, "Test: story log")
        .trigger(UserRegistered.TYPE)
        .trigger(EmailVerificationRequested.TYPE)
        .trigger(OnboardingStarted.TYPE)
        .trigger(JobPosted.TYPE)
        .trigger(JobAccepted.TYPE)
        .trigger(JobCompleted.TYPE)
        .trigger(CustomerJobCompleted.TYPE)
        .trigger(ReviewSubmitted.TYPE)
        .retries(0)
        .handler((ctx, step) -> ctx.event().name());
  }

  @Bean
  WorkflowFunction verificationTokens() {
    return Workflow.function("test-verification-tokens", "Test: verification tokens")
        .trigger(EmailVerificationRequested.TYPE)
        .retries(0)
        .handler(
            (ctx, step) -> {
              EmailVerificationRequested data = ctx.data(EmailVerificationRequested.TYPE);
              VERIFICATION_TOKENS.put(data.email(), data.token());
              return data.userId();
            });
  }
}
