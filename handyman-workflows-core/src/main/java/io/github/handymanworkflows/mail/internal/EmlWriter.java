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
package io.github.handymanworkflows.mail.internal;

import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.MailMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link MailMessage} as an RFC 5322 message with a {@code multipart/alternative} body
 * (text first, HTML second), both parts UTF-8 and quoted-printable, headers RFC 2047-encoded where
 * they are not plain ASCII.
 */
public final class EmlWriter {

  /** Header carrying the idempotency key, read back to de-duplicate across restarts. */
  public static final String KEY_HEADER = "X-Idempotency-Key";

  /** Header carrying the message id. */
  public static final String MESSAGE_ID_HEADER = "Message-ID";

  private static final String CRLF = "\r\n";
  private static final int QP_LINE = 76;
  private static final int ENCODED_WORD_BYTES = 45;

  private EmlWriter() {}

  /** The whole message as text with CRLF line ends. */
  public static String write(MailMessage message, Instant date, String messageId) {
    // "=_" can never occur in quoted-printable output, so the boundary cannot clash with a body.
    String boundary = "=_hw_" + Integer.toHexString(messageId.hashCode() & 0x7fffffff);
    StringBuilder out = new StringBuilder(message.html().length() + message.text().length() + 1024);
    header(out, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atOffset(ZoneOffset.UTC)));
    header(out, "From", address(message.from()));
    header(
        out,
        "To",
        message.to().stream()
            .map(EmlWriter::address)
            .collect(Collectors.joining("," + CRLF + " ")));
    message.replyTo().ifPresent(a -> header(out, "Reply-To", address(a)));
    header(out, "Subject", encodeIfNeeded(message.subject()));
    header(out, MESSAGE_ID_HEADER, "<" + messageId + ">");
    header(out, KEY_HEADER, message.idempotencyKey());
    if (!message.tags().isEmpty()) {
      header(out, "X-Tags", tags(message.tags()));
    }
    header(out, "MIME-Version", "1.0");
    header(out, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
    out.append(CRLF);
    part(out, boundary, "text/plain", message.text());
    part(out, boundary, "text/html", message.html());
    out.append("--").append(boundary).append("--").append(CRLF);
    return out.toString();
  }

  /** Quoted-printable encoding of UTF-8 text, line breaks normalised to CRLF (RFC 2045 §6.7). */
  public static String quotedPrintable(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append(CRLF);
      }
      encodeLine(out, lines[i].getBytes(StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private static void encodeLine(StringBuilder out, byte[] bytes) {
    int lineLength = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean last = i == bytes.length - 1;
      boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last);
      String token = literal ? String.valueOf((char) b) : String.format("=%02X", b);
      if (lineLength + token.length() > QP_LINE - 1) {
        out.append('=').append(CRLF);
        lineLength = 0;
      }
      out.append(token);
      lineLength += token.length();
    }
  }

  private static void header(StringBuilder out, String name, String value) {
    out.append(name).append(": ").append(value).append(CRLF);
  }

  private static void part(StringBuilder out, String boundary, String type, String body) {
    out.append("--").append(boundary).append(CRLF);
    out.append("Content-Type: ").append(type).append("; charset=UTF-8").append(CRLF);
    out.append("Content-Transfer-Encoding: quoted-printable").append(CRLF);
    out.append(CRLF);
    out.append(quotedPrintable(body)).append(CRLF);
  }

  private static String address(Address address) {
    return address
        .name()
        .map(name -> displayName(name) + " <" + address.email() + ">")
        .orElse("<" + address.email() + ">");
  }

  private static String displayName(String name) {
    if (isPlainAscii(name)) {
      return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return encodedWords(name);
  }

  private static String encodeIfNeeded(String value) {
    return isPlainAscii(value) ? value : encodedWords(value);
  }

  private static boolean isPlainAscii(String value) {
    return value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
  }

  /** RFC 2047 "B" encoded words, split on code points so no word exceeds 75 characters. */
  private static String encodedWords(String value) {
    StringBuilder out = new StringBuilder();
    StringBuilder chunk = new StringBuilder();
    int chunkBytes = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      String s = new String(Character.toChars(cp));
      int n = s.getBytes(StandardCharsets.UTF_8).length;
      if (chunkBytes + n > ENCODED_WORD_BYTES) {
        appendWord(out, chunk.toString());
        chunk.setLength(0);
        chunkBytes = 0;
      }
      chunk.append(s);
      chunkBytes += n;
      i += Character.charCount(cp);
    }
    appendWord(out, chunk.toString());
    return out.toString();
  }

  private static void appendWord(StringBuilder out, String chunk) {
    if (chunk.isEmpty()) {
      return;
    }
    if (out.length() > 0) {
      out.append(CRLF).append(' ');
    }
    out.append("=?UTF-8?B?")
        .append(Base64.getEncoder().encodeToString(chunk.getBytes(StandardCharsets.UTF_8)))
        .append("?=");
  }

  private static String tags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
