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

import io.github.handymanworkflows.domain.TokenKind;
import io.github.handymanworkflows.event.CleanupExpiredTokensRequested;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflow.Workflow;
import io.github.handymanworkflows.workflow.WorkflowContext;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code cleanup-expired-tokens}: nightly (cron {@code 0 2 * * *} in the business zone) and on
 * demand ({@code system/cleanup.expired.tokens}, optionally for one token kind), deletes tokens and
 * sessions that expired before the run's trigger time.
 *
 * <p>Each step deletes one batch of {@code settings.pageSize()} rows, and the loop reuses one step
 * id per store, so steps stay small and their number bounded: at most {@value #MAX_BATCHES} per
 * run. A run that reaches the cap sends {@code system/cleanup.expired.tokens} for the same kind
 * (deterministic id) so the next run carries on; no backlog is too big. Tokens are hashed and
 * sessions hold no JWTs any more (§8 C.22), so only ids and counts pass through the run.
 */
public final class CleanupExpiredTokens {

  /** The function id of the original app. */
  public static final String FUNCTION_ID = "cleanup-expired-tokens";

  /** The function name of the original app. */
  public static final String NAME = "Cleanup Expired Tokens";

  /** The most delete batches (steps) one run takes, tokens and sessions together. */
  public static final int MAX_BATCHES = 500;

  private static final Logger LOGGER = LoggerFactory.getLogger(CleanupExpiredTokens.class);

  private CleanupExpiredTokens() {}

  /**
   * The run's result: counts only.
   *
   * @param tokenKind the kind cleaned up, or {@code null} for every kind
   * @param expiredBefore the cut-off: rows that expired before it were deleted
   * @param tokensDeleted tokens deleted
   * @param sessionsDeleted sessions deleted ({@code 0} when only one token kind was asked for)
   * @param batches delete steps taken
   * @param continued whether the cap was reached and a follow-up run requested
   */
  public record Result(
      @Nullable TokenKind tokenKind,
      Instant expiredBefore,
      long tokensDeleted,
      long sessionsDeleted,
      int batches,
      boolean continued) {}

  /** The function, on the tokens and sessions ports. */
  public static WorkflowFunction function(WorkflowDependencies deps) {
    return Workflow.function(FUNCTION_ID, NAME)
        .cron(deps.settings().cron("0 2 * * *"))
        .trigger(CleanupExpiredTokensRequested.TYPE)
        .retries(1)
        .concurrency(1)
        .handler((ctx, step) -> run(deps, ctx, step));
  }

  private static Result run(WorkflowDependencies deps, WorkflowContext ctx, Step step) {
    TokenKind requested =
        ctx.event().is(CleanupExpiredTokensRequested.TYPE)
            ? ctx.data(CleanupExpiredTokensRequested.TYPE).tokenKind()
            : null;
    // The event's kind and the token store's kind are two enums with the same constants.
    io.github.handymanworkflows.token.TokenKind kind =
        requested == null
            ? null
            : io.github.handymanworkflows.token.TokenKind.valueOf(requested.name());
    Instant before = ctx.triggeredAt();
    int limit = deps.settings().pageSize();

    int batches = 0;
    long tokens = 0;
    boolean tokensDone = false;
    while (!tokensDone && batches < MAX_BATCHES) {
      int deleted =
          step.run(
              "delete-expired-tokens",
              Integer.class,
              () -> deps.tokens().deleteExpired(kind, before, limit));
      batches++;
      tokens += deleted;
      tokensDone = deleted < limit;
    }

    long sessions = 0;
    boolean sessionsDone = requested != null;
    while (!sessionsDone && batches < MAX_BATCHES) {
      int deleted =
          step.run(
              "delete-expired-sessions",
              Integer.class,
              () -> deps.sessions().deleteExpired(before, limit));
      batches++;
      sessions += deleted;
      sessionsDone = deleted < limit;
    }

    boolean continued = !tokensDone || !sessionsDone;
    if (continued) {
      LOGGER.warn(
          "cleanup run {} reached {} batches; a follow-up run continues", ctx.runId(), batches);
      step.sendEvent(
          "request-follow-up-cleanup",
          CleanupExpiredTokensRequested.TYPE
              .event(new CleanupExpiredTokensRequested(requested))
              .withId("cleanup-expired-tokens:continue:" + ctx.runId()));
    }
    return new Result(requested, before, tokens, sessions, batches, continued);
  }
}
