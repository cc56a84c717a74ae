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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import io.github.handymanworkflows.mongo.internal.MongoErrors;
import io.github.handymanworkflows.test.data.TestUsers;
import io.github.handymanworkflows.token.TokenKind;
import io.github.handymanworkflows.token.TokenRecord;
import io.github.handymanworkflows.workflow.NonRetriableException;
import java.time.Duration;
import java.time.Instant;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MongoErrorsTest {

  private static InJvmMongo mongo;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @Test
  void anUnreachableServerIsARetriableFailureWithinTheTimeoutAndHidesTheCredentials() {
    try (MongoStorage storage = Unreachable.storage("hunter2-secret")) {
      assertThatThrownBy(() -> storage.users().find("u-1"))
          .isInstanceOf(MongoStoreException.class)
          .isNotInstanceOf(NonRetriableException.class)
          .hasMessageContaining("users.find")
          .hasMessageNotContaining("hunter2-secret");
    }
  }

  @Test
  void aDuplicateKeyNobodyExpectedIsPermanentAndDoesNotQuoteTheKey() {
    MongoStorage storage = mongo.storage();
    Instant now = Instant.parse("2026-11-26T09:00:00Z");
    TokenRecord first =
        TokenRecord.issue("t-1", "u-1", TokenKind.VERIFICATION, "raw", now, Duration.ofHours(1));
    TokenRecord sameHash =
        TokenRecord.issue("t-2", "u-2", TokenKind.VERIFICATION, "raw", now, Duration.ofHours(1));
    storage.tokens().save(first);

    Throwable failure = null;
    try {
      storage.tokens().save(sameHash);
    } catch (RuntimeException e) {
      failure = e;
    }

    assertThat(failure).isInstanceOf(MongoPermanentException.class);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(first.tokenHash());
    }
  }

  @Test
  void serverCodesAreSortedIntoRetriableAndPermanent() {
    ServerAddress address = new ServerAddress("127.0.0.1", 27017);
    assertThat(MongoErrors.isRetriable(command(91, "ShutdownInProgress"))).isTrue();
    assertThat(MongoErrors.isRetriable(command(11600, "InterruptedAtShutdown"))).isTrue();
    assertThat(MongoErrors.isRetriable(command(18, "AuthenticationFailed"))).isFalse();
    assertThat(MongoErrors.isRetriable(command(121, "DocumentValidationFailure"))).isFalse();
    assertThat(MongoErrors.isRetriable(new MongoSocketReadException("reset", address))).isTrue();
    assertThat(MongoErrors.translate("op", new MongoSocketReadException("reset", address)))
        .isInstanceOf(MongoStoreException.class);
    assertThat(MongoErrors.translate("op", command(18, "AuthenticationFailed")))
        .isInstanceOf(MongoPermanentException.class)
        .hasMessageContaining("code 18");
  }

  @Test
  void ourOwnArgumentChecksPassThroughUnchanged() {
    MongoStorage storage = mongo.storage();
    assertThatThrownBy(() -> storage.users().findInactive(Instant.now(), null, 0))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    storage.users().save(TestUsers.customer("u-1").build());
    assertThatThrownBy(
            () -> storage.users().countCreated(Instant.MAX.minusSeconds(1), Instant.EPOCH))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to must not be before from");
  }

  private static MongoCommandException command(int code, String name) {
    BsonDocument response =
        new BsonDocument("ok", new BsonInt32(0))
            .append("code", new BsonInt32(code))
            .append("codeName", new BsonString(name))
            .append("errmsg", new BsonString("failed"));
    return new MongoCommandException(response, new ServerAddress("127.0.0.1", 27017));
  }
}
