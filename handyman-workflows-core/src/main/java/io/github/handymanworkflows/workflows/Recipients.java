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
package io.github.handymanworkflows.workflows;

import io.github.handymanworkflows.mail.Recipient;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserRepository;
import io.github.handymanworkflows.workflow.NonRetriableException;

/** How the workflows find whom to write to. */
public final class Recipients {

  /** The reason recorded when a deleted account is not mailed. */
  public static final String ACCOUNT_DELETED = "account deleted";

  private Recipients() {}

  /** The recipient for a stored account: its id, current address and first name. */
  public static Recipient of(UserAccount user) {
    return Recipient.of(user.id(), user.email(), user.firstName());
  }

  /**
   * Whether the account exists and was deleted: deleted accounts get no mail. An unknown user is
   * not "deleted": the event's own fields are the producer's word, so its email still goes out.
   */
  public static boolean deleted(UserRepository users, String userId) {
    return users.find(userId).map(user -> user.deletedAt() != null).orElse(false);
  }

  /**
   * The stored account, or a non-retriable failure naming the user: retrying cannot make a missing
   * user appear.
   */
  public static UserAccount require(UserRepository users, String userId) {
    return require(users, userId, "user");
  }

  /** Like {@link #require(UserRepository, String)}, naming the user by role in the failure. */
  public static UserAccount require(UserRepository users, String userId, String role) {
    return users
        .find(userId)
        .orElseThrow(() -> new NonRetriableException(role + " '" + userId + "' does not exist"));
  }
}
