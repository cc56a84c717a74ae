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

import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.workflow.Step;
import io.github.handymanworkflows.workflows.Recipients;
import io.github.handymanworkflows.workflows.WorkflowDependencies;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Mails every active admin, one step per page of admins, so a run's step count stays bounded and a
 * retried page re-sends only what the mailer's idempotency keys let through. A page goes to the
 * mailer as one batch ({@link io.github.handymanworkflows.mail.Mailer#sendAll}), so a batching
 * provider sends it in one request.
 */
final class Admins {

  /** Pages of admins read at most per run. */
  static final int MAX_PAGES = 50;

  private Admins() {}

  /** How many admins one page mailed, and where the next page starts. */
  record Mailed(int count, @Nullable String nextCursor) {}

  /**
   * Calls {@code mail} once per page of active admins inside step {@code stepId} (repeated per
   * page).
   *
   * @return how many admins were mailed
   */
  static int mailAll(
      WorkflowDependencies deps, Step step, String stepId, Consumer<List<Recipient>> mail) {
    int total = 0;
    String cursor = null;
    int pages = 0;
    do {
      String after = cursor;
      Mailed page =
          step.run(
              stepId,
              Mailed.class,
              () -> {
                Page<UserAccount> admins =
                    deps.users().findActiveByRole(Role.ADMIN, after, deps.settings().pageSize());
                if (!admins.items().isEmpty()) {
                  mail.accept(admins.items().stream().map(Recipients::of).toList());
                }
                return new Mailed(admins.items().size(), admins.nextCursor());
              });
      total += page.count();
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null && pages < MAX_PAGES);
    return total;
  }
}
