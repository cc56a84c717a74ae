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
package io.github.handymanworkflows.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.report.ReportPeriod;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.user.UserAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * What the daily analytics report costs in MongoDB commands, counted by a driver command listener:
 * the same number of commands for 1,000 users as for 100,000, because the server counts, groups and
 * sums. And a scan over all 100,000 never receives a batch larger than the configured size.
 *
 * <p>The report's reads are the calls {@code AnalyticsReporting} makes for one period: the report
 * lookup, users per role, completions and revenue, new users, active users, jobs posted, the
 * previous period's new users and jobs, and the save.
 */
class DailyAnalyticsCostIT {

  private static final ZoneId LAGOS = ZoneId.of("Africa/Lagos");
  private static final ReportPeriod DAY = ReportPeriod.daily(LocalDate.of(2026, 11, 26), LAGOS);
  private static final int BATCH = 500;

  private static final List<String> commands = new CopyOnWriteArrayList<>();
  private static final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  private static InJvmMongo mongo;

  @BeforeAll
  static void startServer() {
    mongo =
        new InJvmMongo(
            new CommandListener() {
              @Override
              public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
              }

              @Override
              public void commandSucceeded(CommandSucceededEvent event) {
                BsonDocument cursor = event.getResponse().getDocument("cursor", null);
                if (cursor != null) {
                  BsonArray batch =
                      cursor.containsKey("firstBatch")
                          ? cursor.getArray("firstBatch")
                          : cursor.getArray("nextBatch", new BsonArray());
                  batchSizes.add(batch.size());
                }
              }
            });
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @Test
  void theDailyReportIssuesTheSameFewCommandsFor1000And100000Users() throws IOException {
    MongoStorage small = seeded(1_000);
    MongoStorage large = seeded(100_000);

    List<String> forSmall = reportCommands(small);
    List<String> forLarge = reportCommands(large);

    assertThat(forLarge).isEqualTo(forSmall).hasSizeLessThanOrEqualTo(10);
    assertThat(
            large.users().countByRole(DAY.to()).values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(100_000);

    batchSizes.clear();
    commands.clear();
    long scanned = 0;
    String cursor = null;
    do {
      Page<UserAccount> page = large.users().findActiveByRole(Role.CUSTOMER, cursor, BATCH);
      scanned += page.items().size();
      cursor = page.nextCursor();
    } while (cursor != null);
    assertThat(scanned).isPositive();
    assertThat(batchSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(BATCH + 1));

    Path out = Path.of("target", "mongo-cost.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(
        out,
        "daily analytics report, commands for 1,000 users: "
            + forSmall.size()
            + " "
            + forSmall
            + "\ndaily analytics report, commands for 100,000 users: "
            + forLarge.size()
            + " "
            + forLarge
            + "\nscan of "
            + scanned
            + " customers in pages of "
            + BATCH
            + ": largest batch received "
            + batchSizes.stream().mapToInt(Integer::intValue).max().orElse(0)
            + " documents, "
            + commands.size()
            + " commands\n");
  }

  private static List<String> reportCommands(MongoStorage storage) {
    commands.clear();
    storage.reports().find(DAY.key());
    storage.users().countByRole(DAY.to());
    storage.jobs().summarizeCompleted(DAY.from(), DAY.to());
    storage.users().countCreated(DAY.from(), DAY.to());
    storage.users().countActive(DAY.from(), DAY.to());
    storage.jobs().countPosted(DAY.from(), DAY.to());
    ReportPeriod before = ReportPeriod.daily(LocalDate.of(2026, 11, 25), LAGOS);
    storage.users().countCreated(before.from(), before.to());
    storage.jobs().countPosted(before.from(), before.to());
    return List.copyOf(commands);
  }

  /** Inserts users straight through the driver in large batches; the adapter's own codec. */
  private static MongoStorage seeded(int count) {
    MongoStorage storage = mongo.storage();
    Random random = new Random(42);
    Role[] roles = Role.values();
    List<Document> chunk = new ArrayList<>(5_000);
    for (int i = 0; i < count; i++) {
      Instant created = DAY.from().minusSeconds(random.nextInt(90 * 86_400)).plusSeconds(86_400);
      UserAccount user =
          TestUsers.user(String.format("u-%06d", i), roles[random.nextInt(roles.length)])
              .createdAt(created)
              .lastLoginAt(
                  random.nextBoolean() ? created.plusSeconds(random.nextInt(86_400)) : null)
              .build();
      chunk.add(io.github.handymanworkflows.mongo.internal.UserDocs.toDocument(user));
      if (chunk.size() == 5_000 || i == count - 1) {
        Mono.from(storage.collection(MongoCollections.USERS).insertMany(chunk)).block();
        chunk = new ArrayList<>(5_000);
      }
    }
    return storage;
  }
}
