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
package io.github.handymanworkflows.workflows.account;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.event.OnboardingStarted;
import io.github.handymanworkflows.event.ProfileIncomplete;
import io.github.handymanworkflows.mail.RoleTipsEmail;
import io.github.handymanworkflows.user.ProfileCompleteness;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import io.github.handymanworkflows.workflows.email.EmailOutcome;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code user-onboarding-flow}: on {@code user/onboarding.started}, checks the user's profile after
 * {@code settings.profileCheckDelay()} and asks for the missing fields with {@code
 * user/profile.incomplete}, then sends role tips after {@code settings.tipsDelay()}.
 *
 * <p>Fixes of the original (§2.2 #6, §8): the flow no longer welcomes the user: {@code
 * send-welcome-email} owns the welcome, sent once the address is verified (D.25); the profile check
 * reads the stored account and role ({@link ProfileCompleteness}) instead of the event's role and a
 * field that did not exist; the reminder event has a deterministic id and a consumer ({@code
 * send-profile-reminder}); the tips are a real email (admins get none); the run is cancelled by
 * {@code user/account.deleted} or {@code user/account.deactivated}, and each step stops the flow
 * when the account is gone or inactive.
 */
public final class UserOnboardingFlow {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "user-onboarding-flow";

  /** The function name of the original app. */
  public static final String NAME = "User Onboarding Flow";

  private static final Logger LOGGER = LoggerFactory.getLogger(UserOnboardingFlow.class);
  private static final String INACTIVE = "account deleted or inactive";

  private UserOnboardingFlow() {}

  /**
   * What the profile check found: whether the account is still active, its stored role and the
   * missing field names (no personal data).
   *
   * @param active whether the account exists and is active
   * @param role the stored role, or {@code null} when the account is gone
   * @param missingFields the missing profile fields, empty when complete
   */
  public record ProfileCheck(boolean active, @Nullable Role role, List<String> missingFields) {

    /** Copies the list. */
    public ProfileCheck {
      missingFields = List.copyOf(missingFields);
    }
  }

  /**
   * The run's result.
   *
   * @param userId the user
   * @param missingFields what the profile check found missing (empty when complete or not reached)
   * @param reminderRequested whether {@code user/profile.incomplete} was sent
   * @param tips the tips step's outcome, or {@code null} when the flow stopped before it
   * @param stopped why the flow stopped early, or {@code null} when it ran to the end
   */
  public record Result(
      String userId,
      List<String> missingFields,
      boolean reminderRequested,
      @Nullable EmailOutcome tips,
      @Nullable String stopped) {

    /** Copies the list. */
    public Result {
      missingFields = List.copyOf(missingFields);
    }
  }

  /** The function, reading the users port and sending through {@code deps.emails()}. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .trigger(OnboardingStarted.TYPE)
        .retries(2)
        .cancelOn(UserAccountDeleted.TYPE, "data.userId")
        .cancelOn(UserAccountDeactivated.TYPE, "data.userId")
        .handler(
            (ctx, step) -> {
              OnboardingStarted started = ctx.data(OnboardingStarted.TYPE);
              String userId = started.userId();
              step.sleep("wait-before-profile-check", deps.settings().profileCheckDelay());
              ProfileCheck check =
                  step.run(
                      "check-profile-completion", ProfileCheck.class, () -> check(deps, userId));
              if (!check.active() || check.role() == null) {
                return new Result(userId, List.of(), false, null, INACTIVE);
              }
              boolean remind = !check.missingFields().isEmpty();
              if (remind) {
                ProfileIncomplete payload =
                    new ProfileIncomplete(
                        userId,
                        started.email(),
                        started.firstName(),
                        check.role(),
                        check.missingFields());
                step.sendEvent(
                    "send-profile-reminder",
                    ProfileIncomplete.TYPE.event(payload).withId("profile-incomplete:" + userId));
              }

              step.sleep("wait-before-role-tips", deps.settings().tipsDelay());
              EmailOutcome tips =
                  step.run("send-role-tips", EmailOutcome.class, () -> tips(deps, userId));
              String stopped = INACTIVE.equals(tips.skipped()) ? INACTIVE : null;
              return new Result(userId, check.missingFields(), remind, tips, stopped);
            });
  }

  private static Optional<UserAccount> active(WorkflowDependencies deps, String userId) {
    return deps.users().find(userId).filter(UserAccount::active);
  }

  private static ProfileCheck check(WorkflowDependencies deps, String userId) {
    Optional<UserAccount> user = active(deps, userId);
    if (user.isEmpty()) {
      LOGGER.info("onboarding of user {} stopped: {}", userId, INACTIVE);
      return new ProfileCheck(false, null, List.of());
    }
    return new ProfileCheck(true, user.get().role(), ProfileCompleteness.missingFields(user.get()));
  }

  private static EmailOutcome tips(WorkflowDependencies deps, String userId) {
    Optional<UserAccount> user = active(deps, userId);
    if (user.isEmpty()) {
      LOGGER.info("onboarding of user {} stopped: {}", userId, INACTIVE);
      return EmailOutcome.skippedBecause(userId, INACTIVE);
    }
    if (user.get().role() == Role.ADMIN) {
      return EmailOutcome.skippedBecause(userId, "no tips for admins");
    }
    RoleTipsEmail email = new RoleTipsEmail(Recipients.of(user.get()), user.get().role());
    return EmailOutcome.sent(userId, deps.emails().roleTips(email));
  }
}
