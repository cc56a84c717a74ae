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
package io.github.handymanworkflows.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.event.EventCatalogue;
import io.github.handymanworkflows.event.EventRegistry;
import io.github.handymanworkflows.event.EventType;
import io.github.handymanworkflows.test.InMemoryWorld;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.InngestEvents;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.EventFlows;
import io.github.handymanworkflows.workflows.HandymanWorkflows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every event has a producer and a consumer, and every trigger is a registered event (§8 A.1, A.5).
 */
class CatalogueCoverageTest {

  final List<WorkflowFunction> functions =
      HandymanWorkflows.all(
          new InMemoryWorld().dependencies(new ManualClock(Instant.parse("2026-01-05T00:00:00Z"))));
  final EventRegistry registry = HandymanWorkflows.registry();

  @Test
  void keepsTheSeventeenOriginalFunctionsWithTheirIdsNamesTriggersAndRetries() {
    Map<String, WorkflowFunction> byId = new LinkedHashMap<>();
    functions.forEach(f -> byId.put(f.id(), f));
    Map<String, Object[]> expected = new LinkedHashMap<>();
    expected.put(
        "send-verification-email",
        new Object[] {"Send Email Verification", 3, "auth/email.verification.requested"});
    expected.put(
        "send-welcome-email", new Object[] {"Send Welcome Email", 2, "auth/user.registered"});
    expected.put(
        "send-password-reset",
        new Object[] {"Send Password Reset Email", 3, "auth/password.reset.requested"});
    expected.put(
        "send-2fa-enabled", new Object[] {"Send 2FA Enabled Email", 2, "auth/2fa.enabled"});
    expected.put(
        "send-account-locked",
        new Object[] {"Send Account Locked Email", 2, "auth/account.locked"});
    expected.put(
        "user-onboarding-flow",
        new Object[] {"User Onboarding Flow", 2, "user/onboarding.started"});
    expected.put("cleanup-expired-tokens", new Object[] {"Cleanup Expired Tokens", 1, "0 2 * * *"});
    expected.put("account-recovery-flow", new Object[] {"Account Recovery Flow", 1, "0 9 * * 1"});
    expected.put(
        "security-monitoring-flow", new Object[] {"Security Monitoring Flow", 1, "0 */6 * * *"});
    expected.put("job-matching-flow", new Object[] {"Job Matching Flow", 2, "customer/job.posted"});
    expected.put(
        "job-completion-flow", new Object[] {"Job Completion Flow", 2, "handyman/job.completed"});
    expected.put(
        "handyman-availability-flow",
        new Object[] {"Handyman Availability Flow", 1, "handyman/availability.changed"});
    expected.put(
        "handyman-performance-flow", new Object[] {"Handyman Performance Flow", 1, "0 0 * * 1"});
    expected.put("daily-analytics-flow", new Object[] {"Daily Analytics Flow", 1, "0 1 * * *"});
    expected.put(
        "weekly-maintenance-flow", new Object[] {"Weekly Maintenance Flow", 1, "0 3 * * 0"});
    expected.put("monthly-analytics-flow", new Object[] {"Monthly Analytics Flow", 1, "0 2 1 * *"});
    expected.put("system-health-flow", new Object[] {"System Health Flow", 1, "*/15 * * * *"});
    expected.forEach(
        (id, spec) -> {
          assertThat(byId).as(id).containsKey(id);
          WorkflowFunction fn = byId.get(id);
          assertThat(fn.name()).as(id).isEqualTo(spec[0]);
          assertThat(fn.retries()).as(id).isEqualTo(spec[1]);
          assertThat(triggerTexts(fn))
              .as(id)
              .anyMatch(t -> t.equals(spec[2]) || t.endsWith(" " + spec[2]));
        });
  }

  @Test
  void everyEventHasAProducerAndAConsumer() {
    Map<String, Set<String>> consumers = consumers();
    List<String> missing = new ArrayList<>();
    for (EventType<?> type : registry.types()) {
      String name = type.name();
      boolean produced =
          EventFlows.HOST_PRODUCED.contains(name) || EventFlows.WORKFLOW_PRODUCED.containsKey(name);
      if (!produced) {
        missing.add(name + " has no producer");
      }
      if (consumers.getOrDefault(name, Set.of()).isEmpty()) {
        missing.add(name + " has no consumer");
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyTriggerAndCancellationEventIsRegistered() {
    Set<String> unregistered = new TreeSet<>();
    for (WorkflowFunction fn : functions) {
      for (Trigger trigger : fn.triggers()) {
        if (trigger instanceof Trigger.OnEvent on
            && !on.event().startsWith(InngestEvents.RESERVED_PREFIX)
            && registry.find(on.event()).isEmpty()) {
          unregistered.add(fn.id() + " <- " + on.event());
        }
      }
      for (CancelOn rule : fn.cancelOn()) {
        if (registry.find(rule.event()).isEmpty()) {
          unregistered.add(fn.id() + " cancelled by " + rule.event());
        }
      }
    }
    assertThat(unregistered).isEmpty();
  }

  @Test
  void declaredProducersAndWaitersAreRealFunctionsAndEvents() {
    Set<String> ids = new HashSet<>();
    functions.forEach(f -> ids.add(f.id()));
    EventFlows.WORKFLOW_PRODUCED.forEach(
        (event, producers) -> {
          assertThat(registry.find(event)).as(event).isPresent();
          assertThat(ids).as(event).containsAll(producers);
        });
    EventFlows.WAITED_FOR.forEach(
        (event, waiters) -> {
          assertThat(registry.find(event)).as(event).isPresent();
          assertThat(ids).as(event).containsAll(waiters);
        });
    EventFlows.HOST_PRODUCED.forEach(
        event -> assertThat(registry.find(event)).as(event).isPresent());
  }

  @Test
  void theCatalogueOfTheIntegrationDocumentIsRegistered() {
    assertThat(registry.types()).containsAll(EventCatalogue.types());
  }

  private Map<String, Set<String>> consumers() {
    Map<String, Set<String>> consumers = new LinkedHashMap<>();
    for (WorkflowFunction fn : functions) {
      for (Trigger trigger : fn.triggers()) {
        if (trigger instanceof Trigger.OnEvent on) {
          consumers.computeIfAbsent(on.event(), k -> new TreeSet<>()).add(fn.id());
        }
      }
      for (CancelOn rule : fn.cancelOn()) {
        consumers.computeIfAbsent(rule.event(), k -> new TreeSet<>()).add(fn.id());
      }
    }
    EventFlows.WAITED_FOR.forEach(
        (event, waiters) -> consumers.computeIfAbsent(event, k -> new TreeSet<>()).addAll(waiters));
    return consumers;
  }

  private static List<String> triggerTexts(WorkflowFunction fn) {
    List<String> texts = new ArrayList<>();
    for (Trigger trigger : fn.triggers()) {
      if (trigger instanceof Trigger.OnEvent on) {
        texts.add(on.event());
      } else if (trigger instanceof Trigger.OnCron cron) {
        texts.add(cron.cron());
      }
    }
    return texts;
  }
}
