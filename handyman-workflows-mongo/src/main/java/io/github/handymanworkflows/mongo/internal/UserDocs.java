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
package io.github.handymanworkflows.mongo.internal;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.user.UserAccount;
import io.github.handymanworkflows.user.UserProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/** The {@code users} document: see docs/mongo.md. */
public final class UserDocs {

  private UserDocs() {}

  /** The stored form, with the derived {@code lastActiveAt} the inactivity scans query. */
  public static Document toDocument(UserAccount user) {
    UserProfile profile = user.profile();
    Document profileDoc =
        new Document("phone", profile.phone())
            .append("address", profile.address())
            .append(
                "location", profile.location() == null ? null : Docs.location(profile.location()))
            .append("avatarUrl", profile.avatarUrl())
            .append("bio", profile.bio())
            .append("skills", new ArrayList<>(profile.skills()));
    return new Document("_id", user.id())
        .append("email", user.email())
        .append("firstName", user.firstName())
        .append("lastName", user.lastName())
        .append("role", user.role().wireName())
        .append("emailVerified", user.emailVerified())
        .append("createdAt", Docs.date(user.createdAt()))
        .append("lastLoginAt", Docs.date(user.lastLoginAt()))
        .append("lastActiveAt", Docs.date(user.lastActiveAt()))
        .append("deletedAt", Docs.date(user.deletedAt()))
        .append("lockedUntil", Docs.date(user.lockedUntil()))
        .append("lockReason", user.lockReason())
        .append("archivedAt", Docs.date(user.archivedAt()))
        .append("archiveReason", user.archiveReason())
        .append("reengagedAt", Docs.date(user.reengagedAt()))
        .append("profile", profileDoc);
  }

  /** Reads {@link #toDocument}. */
  public static UserAccount fromDocument(Document doc) {
    Document p = doc.get("profile", Document.class);
    UserProfile profile = UserProfile.empty();
    if (p != null) {
      List<String> skills = p.getList("skills", String.class, List.of());
      profile =
          new UserProfile(
              p.getString("phone"),
              p.getString("address"),
              Docs.location(p.get("location", Document.class)),
              p.getString("avatarUrl"),
              p.getString("bio"),
              Set.copyOf(skills));
    }
    return UserAccount.builder(
            Docs.string(doc, "_id"),
            Docs.string(doc, "email"),
            Role.fromWireName(Docs.string(doc, "role")),
            Docs.instant(doc, "createdAt"))
        .name(Docs.string(doc, "firstName"), Docs.string(doc, "lastName"))
        .emailVerified(Boolean.TRUE.equals(doc.getBoolean("emailVerified")))
        .lastLoginAt(Docs.optionalInstant(doc, "lastLoginAt"))
        .deletedAt(Docs.optionalInstant(doc, "deletedAt"))
        .locked(Docs.optionalInstant(doc, "lockedUntil"), doc.getString("lockReason"))
        .archived(Docs.optionalInstant(doc, "archivedAt"), doc.getString("archiveReason"))
        .reengagedAt(Docs.optionalInstant(doc, "reengagedAt"))
        .profile(profile)
        .build();
  }
}
