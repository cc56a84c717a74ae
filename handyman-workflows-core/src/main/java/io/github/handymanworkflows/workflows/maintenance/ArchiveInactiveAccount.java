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
package io.github.handymanworkflows.workflows.maintenance;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.mail.AccountArchivedEmail;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.NonRetriableException;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code archive-inactive-account}: archives one account that weekly maintenance found inactive and
 * tells the user how to come back ({@code account-archived:<userId>:<archivedAt>}). The archive and
 * the notice are separate steps, so a failed notice is retried without archiving twice; an account
 * that became active again, was archived already, or is an admin is left alone. An archive step
 * that finds this request's own archive (same time, same reason) was retried after its write
 * succeeded, and reports it as archived so the notice still goes out.
 *
 * <p>The notice is a once-ever email: once it is sent, a further step records the marker {@code
 * account-archived:<userId>:<archivedAt epoch second>} in the {@link
 * io.github.handymanworkflows.ledger.WorkflowLedger}, and the notice step of a later run for the
 * same archive (the event replayed after the provider forgot the key) finds it and sends nothing.
 */
public final class ArchiveInactiveAccount {

  /** The function id. */
  public static final String FUNCTION_ID = "archive-inactive-account";

  private final WorkflowDependencies deps;

  private ArchiveInactiveAccount(WorkflowDependencies deps) {
    this.deps = deps;
  }

  /** Builds the function. */
  public static WorkflowFunction create(WorkflowDependencies deps) {
    ArchiveInactiveAccount flow = new ArchiveInactiveAccount(deps);
    return Workflow.function(FUNCTION_ID, "Archive Inactive Account")
        .trigger(InactiveAccountFound.TYPE)
        .retries(2)
        .handler(flow::run);
  }

  /**
   * What the run did.
   *
   * @param userId the account
   * @param archived whether this run archived it (and mailed the notice)
   */
  public record Result(String userId, boolean archived) {}

  /** The archive step's outcome: the last activity when archived, else {@code null}. */
  record Archived(boolean archived, @Nullable Instant lastActiveAt) {}

  private Result run(WorkflowContext ctx, Step step) {
    InactiveAccountFound found = ctx.data(InactiveAccountFound.TYPE);
    Archived archived = step.run("archive-account", Archived.class, () -> archive(found));
    Instant lastActiveAt = archived.lastActiveAt();
    if (!archived.archived() || lastActiveAt == null) {
      return new Result(found.userId(), false);
    }
    String marker = marker(found.userId(), found.requestedAt());
    boolean sent =
        step.run(
            "send-archive-notice",
            Boolean.class,
            () -> {
              if (deps.ledger().markedAt(marker).isPresent()) {
                return false;
              }
              UserAccount user = require(found.userId());
              deps.emails()
                  .accountArchived(
                      new AccountArchivedEmail(
                          Recipients.of(user), lastActiveAt, found.requestedAt()));
              return true;
            });
    if (sent) {
      step.run(
          "record-archive-notice",
          () -> {
            deps.ledger().mark(marker, deps.clock().instant());
          });
    }
    return new Result(found.userId(), true);
  }

  /** The ledger marker of the notice for one archive. */
  static String marker(String userId, Instant archivedAt) {
    return "account-archived:" + userId + ":" + archivedAt.getEpochSecond();
  }

  private Archived archive(InactiveAccountFound found) {
    UserAccount user = require(found.userId());
    if (found.requestedAt().equals(user.archivedAt())
        && WeeklyMaintenanceFlow.ARCHIVE_REASON.equals(user.archiveReason())) {
      // This request's own archive, written by an attempt whose answer was lost: the notice is due.
      return new Archived(true, user.lastActiveAt());
    }
    if (!user.active()
        || user.role() == Role.ADMIN
        || !user.lastActiveAt().isBefore(found.inactiveSince())) {
      return new Archived(false, null);
    }
    boolean done =
        deps.users().archive(user.id(), WeeklyMaintenanceFlow.ARCHIVE_REASON, found.requestedAt());
    return new Archived(done, done ? user.lastActiveAt() : null);
  }

  private UserAccount require(String userId) {
    return deps.users()
        .find(userId)
        .orElseThrow(() -> new NonRetriableException("user '" + userId + "' does not exist"));
  }
}
