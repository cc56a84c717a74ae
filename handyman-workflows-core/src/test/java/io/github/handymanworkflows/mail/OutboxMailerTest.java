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

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.mail.internal.EmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-03T13:05:00.123Z"), ZoneOffset.UTC);

  @TempDir Path outbox;

  private static MailMessage message() {
    return MailMessageTest.valid()
        .to(Address.of("second@example.org"))
        .subject("Wëlcome to Hándyman, a long subject that needs more than one encoded word to fit")
        .html("<p>Hello Ada</p>\n<p>" + "x".repeat(200) + " = café</p>")
        .text("Hello Ada\nline two with trailing space \nnaïve")
        .build();
  }

  @Test
  void writesParseableEmlAndHtml() throws Exception {
    MailReceipt receipt = new OutboxMailer(outbox, CLOCK).send(message());

    Path eml = outbox.resolve("20260603T130500.123Z-welcome_u1.eml");
    Path html = outbox.resolve("20260603T130500.123Z-welcome_u1.html");
    assertThat(receipt.messageId()).isEqualTo("outbox:20260603T130500.123Z-welcome_u1");
    assertThat(html).hasContent(message().html());
    String raw = Files.readString(eml, StandardCharsets.UTF_8);
    assertThat(raw.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));

    Parsed parsed = Parsed.of(raw);
    assertThat(parsed.headers.get("date")).isEqualTo("Wed, 3 Jun 2026 13:05:00 GMT");
    assertThat(parsed.headers.get("from")).isEqualTo("\"Handyman\" <noreply@handyman.example>");
    assertThat(parsed.headers.get("to"))
        .isEqualTo("\"Ada\" <ada@example.org>, <second@example.org>");
    assertThat(decodeWords(parsed.headers.get("subject"))).isEqualTo(message().subject());
    assertThat(parsed.headers.get("x-idempotency-key")).isEqualTo("welcome:u1");
    assertThat(parsed.headers.get("mime-version")).isEqualTo("1.0");
    assertThat(parsed.parts).hasSize(2);
    assertThat(parsed.parts.get(0).headers.get("content-type"))
        .isEqualTo("text/plain; charset=UTF-8");
    assertThat(parsed.parts.get(0).body).isEqualTo(message().text().replace("\n", "\r\n"));
    assertThat(parsed.parts.get(1).headers.get("content-type"))
        .isEqualTo("text/html; charset=UTF-8");
    assertThat(parsed.parts.get(1).body).isEqualTo(message().html().replace("\n", "\r\n"));
  }

  @Test
  void deduplicatesByKeyAlsoAcrossRestarts() throws Exception {
    MailReceipt first = new OutboxMailer(outbox, CLOCK).send(message());
    OutboxMailer restarted =
        new OutboxMailer(outbox, Clock.offset(CLOCK, java.time.Duration.ofMinutes(1)));

    MailReceipt again = restarted.send(message());
    MailReceipt other =
        restarted.send(MailMessageTest.valid().idempotencyKey("welcome:u2").build());

    assertThat(again).isEqualTo(first.asDuplicate());
    assertThat(other.duplicate()).isFalse();
    try (Stream<Path> files = Files.list(outbox)) {
      assertThat(files.filter(p -> p.toString().endsWith(".eml"))).hasSize(2);
    }
  }

  @Test
  void writesAKeyAgainAfterTheIdempotencyWindowAlsoAcrossRestarts() throws Exception {
    new OutboxMailer(outbox, CLOCK).send(message());
    OutboxMailer dayLater =
        new OutboxMailer(outbox, Clock.offset(CLOCK, java.time.Duration.ofHours(24)));

    MailReceipt again = dayLater.send(message());

    assertThat(again.duplicate()).isFalse();
    try (Stream<Path> files = Files.list(outbox)) {
      assertThat(files.filter(p -> p.toString().endsWith(".eml"))).hasSize(2);
    }
  }

  @Test
  void sameKeyFileNameAtSameInstantDoesNotOverwrite() {
    OutboxMailer mailer = new OutboxMailer(outbox, CLOCK);

    MailReceipt a = mailer.send(MailMessageTest.valid().idempotencyKey("a:b").build());
    MailReceipt b = mailer.send(MailMessageTest.valid().idempotencyKey("a_b").build());

    assertThat(a.messageId()).isNotEqualTo(b.messageId());
    assertThat(outbox.resolve("20260603T130500.123Z-a_b-2.eml")).exists();
  }

  @Test
  void logsOneLineWithoutAddressesOrBodies() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      new OutboxMailer(outbox, CLOCK).send(message());
    } finally {
      System.setErr(original);
    }

    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("welcome:u1", "a***@example.org", "s***@example.org");
    assertThat(log).doesNotContain("ada@example.org", "second@example.org", "Hello Ada", "Ada\"");
    assertThat(log.lines().filter(l -> l.contains("OutboxMailer"))).hasSize(1);
  }

  @Test
  void quotedPrintableKeepsLinesShortAndEscapesEquals() {
    String encoded = EmlWriter.quotedPrintable("a=b " + "é".repeat(60) + " \nend\t");

    assertThat(encoded.split("\r\n"))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(76));
    assertThat(encoded).startsWith("a=3Db ").endsWith("end=09");
    assertThat(decodeQuotedPrintable(encoded)).isEqualTo("a=b " + "é".repeat(60) + " \r\nend\t");
  }

  /** A minimal RFC 5322 + MIME reader, enough to prove the file is well formed. */
  private static final class Parsed {
    final Map<String, String> headers = new LinkedHashMap<>();
    final List<Parsed> parts = new java.util.ArrayList<>();
    String body = "";

    static Parsed of(String raw) {
      Parsed parsed = new Parsed();
      int split = raw.indexOf("\r\n\r\n");
      assertThat(split).isPositive();
      String unfolded = raw.substring(0, split).replaceAll("\r\n[ \t]", " ");
      for (String line : unfolded.split("\r\n")) {
        int colon = line.indexOf(':');
        parsed.headers.put(
            line.substring(0, colon).toLowerCase(), line.substring(colon + 1).strip());
      }
      String content = raw.substring(split + 4);
      String type = parsed.headers.getOrDefault("content-type", "");
      Matcher boundary = Pattern.compile("boundary=\"([^\"]+)\"").matcher(type);
      if (type.startsWith("multipart/") && boundary.find()) {
        String delimiter = "--" + boundary.group(1);
        assertThat(content).contains(delimiter + "--");
        String inner = content.substring(0, content.indexOf(delimiter + "--"));
        for (String part : inner.split(Pattern.quote(delimiter + "\r\n"))) {
          if (!part.isEmpty()) {
            parsed.parts.add(Parsed.of(part.substring(0, part.length() - 2)));
          }
        }
      } else {
        assertThat(parsed.headers.get("content-transfer-encoding")).isEqualTo("quoted-printable");
        parsed.body = decodeQuotedPrintable(content);
      }
      return parsed;
    }
  }

  private static String decodeQuotedPrintable(String encoded) {
    String joined = encoded.replace("=\r\n", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '=') {
        out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String decodeWords(String header) {
    Matcher m = Pattern.compile("=\\?UTF-8\\?B\\?([^?]+)\\?=\\s*").matcher(header);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int words = 0;
    while (m.find()) {
      out.writeBytes(Base64.getDecoder().decode(m.group(1)));
      words++;
    }
    assertThat(words).isGreaterThan(1);
    return out.toString(StandardCharsets.UTF_8);
  }
}
