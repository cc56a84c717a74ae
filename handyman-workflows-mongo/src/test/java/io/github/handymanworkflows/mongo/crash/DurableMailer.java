package io.github.handymanworkflows.mongo.crash;

import com.mongodb.MongoWriteException;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.mail.MailReceipt;
import io.github.handymanworkflows.mail.Mailer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * A mail provider whose record survives the kill of the app: every send (every execution of the
 * step body that sends) is written to {@code crash_mail_attempts} with the app life that made it,
 * and each idempotency key is delivered once into {@code crash_mail_sent}, as Resend honours its
 * {@code Idempotency-Key}. The test reads both from the database after the crash.
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
    String messageId = life + "-" + sequence.incrementAndGet();
    String key = message.idempotencyKey();
    Mono.from(attempts.insertOne(new Document("key", key).append("life", life))).block(TIMEOUT);
    try {
      Mono.from(sent.insertOne(new Document("_id", key).append("messageId", messageId)))
          .block(TIMEOUT);
      return new MailReceipt(messageId, false);
    } catch (MongoWriteException e) {
      if (e.getError().getCode() != 11000) {
        throw e;
      }
      Document first = Mono.from(sent.find(new Document("_id", key)).first()).block(TIMEOUT);
      return new MailReceipt(first == null ? messageId : first.getString("messageId"), true);
    }
  }
}
