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

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.reactivestreams.Publisher;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs reactive driver calls for the blocking ports: every call has a deadline, and every failure
 * comes out as a retriable or permanent exception ({@link MongoErrors}).
 *
 * <p>The ports are synchronous because workflow steps are; the reactive driver keeps one
 * non-blocking connection pool that the embedded engine, an Inngest serve handler and a host's own
 * reactive code can share.
 */
public final class Calls {

  private final Duration timeout;
  private final int batchSize;

  /**
   * @param timeout the longest any one call (or one cursor batch) may take, positive
   * @param batchSize documents per cursor batch for scans, positive
   */
  public Calls(Duration timeout, int batchSize) {
    Objects.requireNonNull(timeout, "timeout must not be null");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.timeout = timeout;
    this.batchSize = batchSize;
  }

  /** The deadline of one call. */
  public Duration timeout() {
    return timeout;
  }

  /** Documents per cursor batch. */
  public int batchSize() {
    return batchSize;
  }

  /** The single result of a call that always yields one (a write result, a count). */
  public <T> T one(String operation, Publisher<T> call) {
    return optional(operation, call)
        .orElseThrow(
            () ->
                MongoErrors.translate(
                    operation, new IllegalStateException("the driver returned no result")));
  }

  /** The result of a call that may yield nothing (a lookup). */
  public <T> Optional<T> optional(String operation, Publisher<T> call) {
    try {
      return Mono.from(call).timeout(timeout).blockOptional();
    } catch (RuntimeException e) {
      throw MongoErrors.translate(operation, unwrap(e));
    }
  }

  /**
   * Runs a write that a unique index may refuse.
   *
   * @return {@code true} when the write went through, {@code false} when it hit a duplicate key
   */
  public boolean unlessDuplicate(String operation, Publisher<?> call) {
    try {
      Mono.from(call).timeout(timeout).block();
      return true;
    } catch (RuntimeException e) {
      Throwable failure = unwrap(e);
      if (MongoErrors.isDuplicateKey(failure)) {
        return false;
      }
      throw MongoErrors.translate(operation, failure);
    }
  }

  /** Every result of a call whose size the caller bounded (a limit). */
  public <T> List<T> list(String operation, Publisher<T> call) {
    try {
      List<T> all = Flux.from(call).timeout(timeout).collectList().block();
      return all == null ? List.of() : all;
    } catch (RuntimeException e) {
      throw MongoErrors.translate(operation, unwrap(e));
    }
  }

  /**
   * Streams a cursor batch by batch, stopping when {@code visitor} returns {@code false}: only one
   * batch is in memory, and stopping early closes the cursor. The deadline applies to each batch.
   */
  public <T> void scan(String operation, Publisher<T> cursor, Predicate<T> visitor) {
    // Closing the stream cancels the subscription, which makes the driver kill the server cursor.
    try (Stream<T> items = Flux.from(cursor).timeout(timeout).toStream(batchSize)) {
      Iterator<T> it = items.iterator();
      while (it.hasNext()) {
        if (!visitor.test(it.next())) {
          return;
        }
      }
    } catch (RuntimeException e) {
      throw MongoErrors.translate(operation, unwrap(e));
    }
  }

  private static Throwable unwrap(RuntimeException e) {
    // Reactor wraps checked exceptions (TimeoutException) when it rethrows them from block().
    return Exceptions.unwrap(e);
  }
}
