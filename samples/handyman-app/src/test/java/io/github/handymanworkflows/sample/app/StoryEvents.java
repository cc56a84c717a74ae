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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A test-only workflow function that joins the app's engine and records every event of the story,
 * so the test sees what reached the engine. The verification token is read from the email, the only
 * place it exists.
 */
@TestConfiguration(proxyBeanMethods = false)
class StoryEvents {

  static final String LOG = "test-story-log";

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
}
