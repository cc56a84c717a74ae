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
package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.mail.internal.EmlWriter;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Mailer} for local runs: writes each email into an outbox folder instead of sending it.
 *
 * <p>Each message becomes {@code <timestamp>-<key>.eml} (RFC 5322, {@code multipart/alternative}
 * with text and HTML, openable in any mail client) and {@code <timestamp>-<key>.html} (the HTML
 * body, for a browser). It logs one line per email with the key, masked recipients and the file
 * name, never a full address or a body. De-duplicates by idempotency key like a real provider: a
 * key written within the idempotency window (default 24 hours, Resend's), including by an earlier
 * run of the app into the same folder, is not written again; after the window it is. Each duplicate
 * is logged. Thread-safe.
 */
public final class OutboxMailer implements Mailer {

  private static final Logger LOGGER = LoggerFactory.getLogger(OutboxMailer.class);
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_KEY_IN_NAME = 150;

  /** The idempotency window of Resend: 24 hours. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  private record Written(MailReceipt receipt, Instant at) {}

  private final Path directory;
  private final Clock clock;
  private final Duration window;
  private final Map<String, Written> receipts = new HashMap<>();
  private boolean loaded;

  /** The folder {@link #OutboxMailer(Clock)} writes to, relative to the working directory. */
  public static final Path DEFAULT_DIRECTORY = Path.of("outbox");

  /**
   * An outbox in {@code ./outbox}, the embedded default; a dependency-injection container builds
   * this one when the host binds no mailer of its own.
   *
   * @param clock stamps the {@code Date} header and the file names
   */
  @Inject
  public OutboxMailer(Clock clock) {
    this(DEFAULT_DIRECTORY, clock);
  }

  /**
   * An outbox in {@code directory}, created on first send if missing.
   *
   * @param clock stamps the {@code Date} header and the file names
   */
  public OutboxMailer(Path directory, Clock clock) {
    this(directory, clock, DEFAULT_WINDOW);
  }

  /**
   * An outbox in {@code directory} that remembers a key for {@code window} after writing it.
   *
   * @param clock stamps the {@code Date} header and the file names, and measures the window
   */
  public OutboxMailer(Path directory, Clock clock, Duration window) {
    this.directory = Objects.requireNonNull(directory, "directory must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.window = Objects.requireNonNull(window, "window must not be null");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative");
    }
  }

  /** The folder the emails are written to. */
  public Path directory() {
    return directory;
  }

  @Override
  public synchronized MailReceipt send(MailMessage message) {
    Objects.requireNonNull(message, "message must not be null");
    try {
      loadExistingKeys();
      Instant now = clock.instant();
      Written first = receipts.get(message.idempotencyKey());
      if (first != null && now.isBefore(first.at().plus(window))) {
        LOGGER.info(
            "Email {} already in the outbox since {}; not written again",
            message.idempotencyKey(),
            first.at());
        return first.receipt().asDuplicate();
      }
      String base = FILE_TIME.format(now) + "-" + fileSafe(message.idempotencyKey());
      Files.createDirectories(directory);
      String name = writeNew(base, message, now);
      MailReceipt receipt = new MailReceipt("outbox:" + name, false);
      receipts.put(message.idempotencyKey(), new Written(receipt, now));
      LOGGER.info(
          "Email {} to {} tagged {} written to outbox as {}.eml",
          message.idempotencyKey(),
          message.to().stream().map(Address::masked).collect(Collectors.joining(", ")),
          message.tags(),
          name);
      return receipt;
    } catch (IOException e) {
      throw new MailDeliveryException(
          "could not write email " + message.idempotencyKey() + " to the outbox", e);
    }
  }

  private String writeNew(String base, MailMessage message, Instant now) throws IOException {
    for (int attempt = 1; ; attempt++) {
      String name = attempt == 1 ? base : base + "-" + attempt;
      Path eml = directory.resolve(name + ".eml");
      String content = EmlWriter.write(message, now, name + "@outbox.invalid");
      try {
        // The .eml is the record of delivery, so it is created last and only if new.
        Files.writeString(
            directory.resolve(name + ".html"), message.html(), StandardCharsets.UTF_8);
        Files.writeString(eml, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return name;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  private void loadExistingKeys() throws IOException {
    if (loaded) {
      return;
    }
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (file.getFileName().toString().endsWith(".eml")) {
            loadKey(file);
          }
        }
      }
    }
    loaded = true;
  }

  private void loadKey(Path eml) throws IOException {
    String name = eml.getFileName().toString();
    String base = name.substring(0, name.length() - ".eml".length());
    try (BufferedReader reader = Files.newBufferedReader(eml, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine();
          line != null && !line.isEmpty();
          line = reader.readLine()) {
        if (line.startsWith(EmlWriter.KEY_HEADER + ": ")) {
          String key = line.substring(EmlWriter.KEY_HEADER.length() + 2);
          Instant at = writtenAt(base);
          Written known = receipts.get(key);
          if (known == null || known.at().isBefore(at)) {
            receipts.put(key, new Written(new MailReceipt("outbox:" + base, false), at));
          }
          return;
        }
      }
    }
  }

  // The file name starts with the time it was written; a name that does not is treated as old.
  private static Instant writtenAt(String base) {
    try {
      return FILE_TIME.parse(base.substring(0, Math.min(base.length(), 20)), Instant::from);
    } catch (java.time.format.DateTimeParseException | IndexOutOfBoundsException e) {
      return Instant.EPOCH;
    }
  }

  // Keys contain ':' and may contain anything printable; file names must work on every OS.
  private static String fileSafe(String key) {
    String safe = key.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.length() > MAX_KEY_IN_NAME ? safe.substring(0, MAX_KEY_IN_NAME) : safe;
  }
}
