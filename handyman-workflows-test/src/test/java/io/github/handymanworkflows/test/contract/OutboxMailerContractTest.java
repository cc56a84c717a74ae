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
package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.OutboxMailer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/** The outbox mailer passes the contract; deliveries are counted from the files it wrote. */
class OutboxMailerContractTest extends MailerContract {

  @TempDir Path outbox;

  @Override
  protected Mailer createMailer() {
    return new OutboxMailer(outbox, Clock.systemUTC());
  }

  @Override
  protected int deliveredCount(String idempotencyKey) throws IOException {
    try (Stream<Path> files = Files.list(outbox)) {
      return (int)
          files
              .filter(p -> p.toString().endsWith(".eml"))
              .filter(p -> contains(p, "X-Idempotency-Key: " + idempotencyKey + "\r\n"))
              .count();
    }
  }

  private static boolean contains(Path file, String header) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).contains(header);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
