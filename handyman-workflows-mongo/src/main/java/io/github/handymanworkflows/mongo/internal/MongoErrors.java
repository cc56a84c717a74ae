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

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.MongoWriteException;
import io.github.handymanworkflows.mongo.MongoPermanentException;
import io.github.handymanworkflows.mongo.MongoStoreException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.bson.BSONException;

/**
 * Sorts driver failures into retriable ({@link MongoStoreException}) and permanent ({@link
 * MongoPermanentException}).
 *
 * <p>Retriable: no answer in time, a broken or refused connection, a primary stepping down or
 * recovering, a write concern not yet met, and every error the server labels retryable. Permanent:
 * authentication and authorization, a rejected document or command, a duplicate key the caller did
 * not expect, codec and client misuse.
 */
public final class MongoErrors {

  /** Server error codes that mean "try again later" (network, election, shutdown, limits). */
  private static final Set<Integer> TRANSIENT_CODES =
      Set.of(6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436, 50, 16500);

  private MongoErrors() {}

  /** Whether a failure may pass on a retry. */
  public static boolean isRetriable(Throwable failure) {
    if (failure instanceof TimeoutException
        || failure instanceof MongoTimeoutException
        || failure instanceof MongoOperationTimeoutException
        || failure instanceof MongoExecutionTimeoutException
        || failure instanceof MongoSocketException
        || failure instanceof MongoNotPrimaryException
        || failure instanceof MongoNodeIsRecoveringException
        || failure instanceof MongoWriteConcernException
        || failure instanceof MongoInterruptedException) {
      return true;
    }
    if (failure instanceof MongoSecurityException) {
      return false;
    }
    if (failure instanceof MongoException mongo) {
      if (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
          || mongo.hasErrorLabel("RetryableWriteError")) {
        return true;
      }
      if (failure instanceof MongoServerException server) {
        return TRANSIENT_CODES.contains(server.getCode());
      }
      if (failure instanceof MongoClientException) {
        return false;
      }
    }
    return false;
  }

  /** Whether a failure is a unique-index violation (code 11000). */
  public static boolean isDuplicateKey(Throwable failure) {
    if (failure instanceof MongoBulkWriteException bulk) {
      return !bulk.getWriteErrors().isEmpty()
          && bulk.getWriteConcernError() == null
          && bulk.getWriteErrors().stream()
              .allMatch(
                  e -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }
    if (failure instanceof MongoWriteException write) {
      return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
    if (failure instanceof MongoCommandException command) {
      return ErrorCategory.fromErrorCode(command.getErrorCode()) == ErrorCategory.DUPLICATE_KEY;
    }
    return false;
  }

  /**
   * The exception to throw for a failed call.
   *
   * @param operation what was attempted, for example {@code users.recordLogin}; no data
   */
  public static RuntimeException translate(String operation, Throwable failure) {
    boolean fromTheStore =
        failure instanceof MongoException
            || failure instanceof BSONException
            || failure instanceof TimeoutException;
    if (!fromTheStore) {
      // Our own checks and a scan visitor's exceptions pass through unchanged.
      return failure instanceof RuntimeException runtime
          ? runtime
          : new MongoStoreException("MongoDB call " + operation + " failed", failure);
    }
    String reason = failure.getClass().getSimpleName();
    Throwable cause = failure;
    if (failure instanceof MongoServerException server) {
      // Server messages can quote stored values (a duplicate key names the e-mail address), so
      // neither our message nor the cause chain carries the server's text: only its code.
      reason += " (code " + server.getCode() + ")";
      cause = new ServerFailure(failure.getClass().getName(), server.getCode());
    }
    if (isRetriable(failure)) {
      return new MongoStoreException(
          "MongoDB call " + operation + " failed and may be retried: " + reason, cause);
    }
    return new MongoPermanentException(
        "MongoDB call " + operation + " failed permanently: " + reason, cause);
  }

  /** Stands in for a server exception whose message may hold personal data. */
  private static final class ServerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ServerFailure(String type, int code) {
      super(type + " with server error code " + code + " (message withheld: may quote data)");
    }
  }
}
