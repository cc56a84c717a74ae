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
package io.github.handymanworkflows.resend.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.internal.Masking;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.MailMessage;
import io.github.handymanworkflows.token.TokenHashes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resend's JSON: the body of {@code POST /emails} and {@code POST /emails/batch}, the ids in their
 * answers and the {@code {statusCode, name, message}} error body.
 */
public final class ResendWire {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ADDRESS =
      Pattern.compile("[^\\s@<>()\\[\\]\"'`,;:]+@[^\\s@<>()\\[\\]\"'`,;:]+");
  private static final int MAX_PROVIDER_MESSAGE = 300;

  /** The email header carrying {@link #entityRef(String)}. */
  public static final String ENTITY_REF_HEADER = "X-Entity-Ref-ID";

  private ResendWire() {}

  /**
   * An opaque reference of a logical email, sent as {@code X-Entity-Ref-ID}: mail clients do not
   * thread two different emails with the same subject together, and support can match an email to
   * its idempotency key (hash the key) without the key itself, which may hold user ids, reaching
   * the recipient.
   */
  public static String entityRef(String idempotencyKey) {
    return "hw-" + TokenHashes.sha256Hex(idempotencyKey).substring(0, 32);
  }

  /**
   * A provider error: {@code name} is Resend's error type (for example {@code validation_error}),
   * {@code message} its explanation with any address masked.
   */
  public record ErrorBody(@Nullable String name, @Nullable String message) {}

  /** The JSON body of {@code POST /emails} for one message. */
  public static byte[] email(MailMessage message) {
    return write(emailNode(message));
  }

  /** The JSON body of {@code POST /emails/batch}: an array of emails. */
  public static byte[] batch(List<MailMessage> messages) {
    ArrayNode array = JSON.createArrayNode();
    for (MailMessage message : messages) {
      array.add(emailNode(message));
    }
    return write(array);
  }

  /** The id in a {@code POST /emails} answer, if the body has one. */
  public static Optional<String> id(byte[] body) {
    JsonNode id = read(body).path("id");
    return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
  }

  /**
   * The ids in a {@code POST /emails/batch} answer, in request order, or empty if the answer is not
   * one id per email.
   */
  public static Optional<List<String>> batchIds(byte[] body, int expected) {
    JsonNode data = read(body).path("data");
    if (!data.isArray() || data.size() != expected) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>(expected);
    for (JsonNode item : data) {
      JsonNode id = item.path("id");
      if (!id.isTextual() || id.asText().isBlank()) {
        return Optional.empty();
      }
      ids.add(id.asText());
    }
    return Optional.of(ids);
  }

  /** Resend's error name and message, when the body is Resend's error JSON. */
  public static ErrorBody error(byte[] body) {
    JsonNode node = read(body);
    return new ErrorBody(
        text(node.path("name"), 80), safeMessage(text(node.path("message"), 2000)));
  }

  /**
   * A provider message made safe for logs and exceptions: addresses masked, control characters
   * removed, cut to 300 characters.
   */
  static @Nullable String safeMessage(@Nullable String message) {
    if (message == null) {
      return null;
    }
    Matcher m = ADDRESS.matcher(message);
    StringBuilder masked = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(masked, Matcher.quoteReplacement(Masking.email(m.group())));
    }
    m.appendTail(masked);
    String clean = masked.toString().replaceAll("\\p{Cntrl}", " ").strip();
    return clean.length() > MAX_PROVIDER_MESSAGE
        ? clean.substring(0, MAX_PROVIDER_MESSAGE) + "…"
        : clean;
  }

  private static @Nullable String text(JsonNode node, int max) {
    if (!node.isTextual() || node.asText().isBlank()) {
      return null;
    }
    String text = node.asText();
    return text.length() > max ? text.substring(0, max) : text;
  }

  private static ObjectNode emailNode(MailMessage message) {
    ObjectNode email = JSON.createObjectNode();
    email.put("from", mailbox(message.from()));
    ArrayNode to = email.putArray("to");
    message.to().forEach(a -> to.add(mailbox(a)));
    email.put("subject", message.subject());
    email.put("html", message.html());
    email.put("text", message.text());
    email.putObject("headers").put(ENTITY_REF_HEADER, entityRef(message.idempotencyKey()));
    message.replyTo().ifPresent(r -> email.putArray("reply_to").add(mailbox(r)));
    if (!message.tags().isEmpty()) {
      ArrayNode tags = email.putArray("tags");
      for (Map.Entry<String, String> tag : message.tags().entrySet()) {
        tags.addObject().put("name", tag.getKey()).put("value", tag.getValue());
      }
    }
    return email;
  }

  /** {@code "Display Name" <local@domain>}, or the bare address without a name. */
  static String mailbox(Address address) {
    if (address.name().isEmpty() || address.name().get().isBlank()) {
      return address.email();
    }
    String name = address.name().get().replace("\\", "\\\\").replace("\"", "\\\"");
    return "\"" + name + "\" <" + address.email() + ">";
  }

  private static byte[] write(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException("could not write Resend JSON", e);
    }
  }

  private static JsonNode read(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node == null ? JSON.missingNode() : node;
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }
}
