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
package io.github.handymanworkflows.mongo.crash;

import com.mongodb.MongoWriteException;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.Mailer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * A mail provider whose record survives the kill of the app: every send (every execution of the
 * step body that sends) is written to {@code crash_mail_attempts} with its own id, the app life
 * that made it and when, and each idempotency key is delivered once into {@code crash_mail_sent},
 * as Resend honours its {@code Idempotency-Key}. The receipt names the attempt, so the run's
 * recorded result tells which execution of the body it kept. The test reads all of it from the
 * database after the crash.
 */
final class DurableMailer implements Mailer {

  static final String ATTEMPTS = "crash_mail_attempts";
  static final String SENT = "crash_mail_sent";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final MongoCollection<Document> attempts;
  private final MongoCollection<Document> sent;
  private final String life;
  private final AtomicLong sequence = new AtomicLong();

  DurableMailer(MongoDatabase database, String life) {
    this.attempts = database.getCollection(ATTEMPTS);
    this.sent = database.getCollection(SENT);
    this.life = life;
  }

  @Override
  public MailReceipt send(MailMessage message) {
    String attempt = life + "-" + sequence.incrementAndGet();
    String key = message.idempotencyKey();
    Mono.from(
            attempts.insertOne(
                new Document("_id", attempt)
                    .append("key", key)
                    .append("life", life)
                    .append("at", Instant.now().toString())))
        .block(TIMEOUT);
    try {
      Mono.from(sent.insertOne(new Document("_id", key).append("attempt", attempt))).block(TIMEOUT);
      return new MailReceipt(attempt, false);
    } catch (MongoWriteException e) {
      if (e.getError().getCode() != 11000) {
        throw e;
      }
      return new MailReceipt(attempt, true);
    }
  }
}
