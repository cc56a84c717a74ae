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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One email, ready for a {@link Mailer}.
 *
 * <p>Every message carries an idempotency key that names the logical email (for example {@code
 * welcome:<userId>}), so a retried step never delivers it twice. {@link #toString()} shows the key,
 * masked recipients, tags and sizes, never the bodies or full addresses.
 *
 * @param from the sender
 * @param to the recipients; at least one, at most 50
 * @param replyTo where replies go, if not to the sender
 * @param subject the subject line; plain text without line breaks
 * @param html the HTML body
 * @param text the plain-text body
 * @param idempotencyKey names the logical email: 1 to 256 printable ASCII characters, no spaces
 * @param tags provider tags, for example {@code workflow=send-welcome-email}; names and values are
 *     ASCII letters, digits, underscores and dashes, at most 256 characters each
 */
public record MailMessage(
    Address from,
    List<Address> to,
    Optional<Address> replyTo,
    String subject,
    String html,
    String text,
    String idempotencyKey,
    Map<String, String> tags) {

  /** The most recipients one message may have (the provider's limit). */
  public static final int MAX_RECIPIENTS = 50;

  /** The longest idempotency key the provider accepts. */
  public static final int MAX_KEY_LENGTH = 256;

  private static final int MAX_SUBJECT_LENGTH = 998;
  private static final int MAX_TAG_LENGTH = 256;
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]+");

  /** Validates and copies every field; errors name the field. */
  public MailMessage {
    required(from, "from");
    to = recipients(to);
    replyTo = required(replyTo, "replyTo");
    subject = subject(subject);
    html = body(html, "html");
    text = body(text, "text");
    idempotencyKey = key(idempotencyKey);
    tags = tags(tags);
  }

  /** A builder; {@code from}, {@code to}, {@code subject}, bodies and the key are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "MailMessage[key="
        + idempotencyKey
        + ", from="
        + from.masked()
        + ", to="
        + to
        + ", tags="
        + tags
        + ", subjectChars="
        + subject.length()
        + ", htmlChars="
        + html.length()
        + ", textChars="
        + text.length()
        + "]";
  }

  private static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new MailValidationException(field, "must not be null");
    }
    return value;
  }

  private static List<Address> recipients(@Nullable List<Address> to) {
    required(to, "to");
    if (to.isEmpty()) {
      throw new MailValidationException("to", "must hold at least one address");
    }
    if (to.size() > MAX_RECIPIENTS) {
      throw new MailValidationException("to", "must hold at most " + MAX_RECIPIENTS + " addresses");
    }
    List<Address> copy = new ArrayList<>(to.size());
    for (int i = 0; i < to.size(); i++) {
      copy.add(required(to.get(i), "to[" + i + "]"));
    }
    return Collections.unmodifiableList(copy);
  }

  private static String subject(@Nullable String subject) {
    required(subject, "subject");
    if (subject.isBlank()) {
      throw new MailValidationException("subject", "must not be blank");
    }
    if (subject.length() > MAX_SUBJECT_LENGTH) {
      throw new MailValidationException(
          "subject", "must be at most " + MAX_SUBJECT_LENGTH + " characters");
    }
    if (subject.chars().anyMatch(Character::isISOControl)) {
      throw new MailValidationException(
          "subject", "must not contain line breaks or control characters");
    }
    return subject;
  }

  private static String body(@Nullable String body, String field) {
    required(body, field);
    if (body.isBlank()) {
      throw new MailValidationException(field, "must not be blank");
    }
    return body;
  }

  private static String key(@Nullable String key) {
    required(key, "idempotencyKey");
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      throw new MailValidationException(
          "idempotencyKey", "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    if (!KEY.matcher(key).matches()) {
      throw new MailValidationException("idempotencyKey", "must be printable ASCII without spaces");
    }
    return key;
  }

  private static Map<String, String> tags(@Nullable Map<String, String> tags) {
    required(tags, "tags");
    Map<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      String name = tag.getKey();
      if (name == null || name.length() > MAX_TAG_LENGTH || !TAG.matcher(name).matches()) {
        throw new MailValidationException(
            "tags", "a tag name must be 1 to 256 ASCII letters, digits, underscores or dashes");
      }
      String value = tag.getValue();
      if (value == null || value.length() > MAX_TAG_LENGTH || !TAG.matcher(value).matches()) {
        throw new MailValidationException(
            "tags." + name, "must be 1 to 256 ASCII letters, digits, underscores or dashes");
      }
      copy.put(name, value);
    }
    return Collections.unmodifiableMap(copy);
  }

  /** Builds a {@link MailMessage}; validation happens in {@link #build()}. */
  public static final class Builder {
    private @Nullable Address from;
    private final List<Address> to = new ArrayList<>();
    private @Nullable Address replyTo;
    private @Nullable String subject;
    private @Nullable String html;
    private @Nullable String text;
    private @Nullable String idempotencyKey;
    private final Map<String, String> tags = new LinkedHashMap<>();

    private Builder() {}

    /** The sender. */
    public Builder from(Address value) {
      this.from = value;
      return this;
    }

    /** Adds a recipient. */
    public Builder to(Address value) {
      this.to.add(value);
      return this;
    }

    /** Where replies go; {@code null} for the sender. */
    public Builder replyTo(@Nullable Address value) {
      this.replyTo = value;
      return this;
    }

    /** The subject line. */
    public Builder subject(String value) {
      this.subject = value;
      return this;
    }

    /** The HTML body. */
    public Builder html(String value) {
      this.html = value;
      return this;
    }

    /** The plain-text body. */
    public Builder text(String value) {
      this.text = value;
      return this;
    }

    /** Subject and both bodies from a rendered template. */
    public Builder content(RenderedMail rendered) {
      return subject(rendered.subject()).html(rendered.html()).text(rendered.text());
    }

    /** The idempotency key of the logical email. */
    public Builder idempotencyKey(String value) {
      this.idempotencyKey = value;
      return this;
    }

    /** Adds a tag. */
    public Builder tag(String name, String value) {
      this.tags.put(name, value);
      return this;
    }

    /** Validates and builds the message; a missing field is reported by name. */
    public MailMessage build() {
      return new MailMessage(
          from, to, Optional.ofNullable(replyTo), subject, html, text, idempotencyKey, tags);
    }
  }
}
