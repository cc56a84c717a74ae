package io.github.handymanworkflows.mongo;

import static io.github.handymanworkflows.mongo.MongoCollections.USERS;

import io.github.handymanworkflows.mongo.internal.IndexSpec;
import java.util.List;
import org.bson.Document;

/** Every index, declared once: one per workflow query (see docs/mongo.md). */
final class MongoSchema {

  static final List<IndexSpec> INDEXES =
      List.of(
          IndexSpec.of(
              USERS,
              "inactive_scan",
              new Document("lastActiveAt", 1).append("_id", 1),
              "findInactive, findDueForReengagement"),
          IndexSpec.of(
              USERS,
              "role_scan",
              new Document("role", 1).append("_id", 1),
              "findActiveByRole, countByRole"),
          IndexSpec.of(USERS, "created", new Document("createdAt", 1), "countCreated"),
          IndexSpec.of(USERS, "last_login", new Document("lastLoginAt", 1), "countActive"));

  private MongoSchema() {}
}
