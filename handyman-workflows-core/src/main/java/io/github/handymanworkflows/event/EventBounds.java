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
package io.github.handymanworkflows.event;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documented bounds of every string field of the library's events, checked when an event is
 * built and when it is received, so that a payload that would fail later (an email idempotency key,
 * a link, a template) fails at the door with an {@link EventValidationException} naming the field.
 *
 * <ul>
 *   <li>Ids: a field whose name ends in {@code Id} or {@code By} ({@code userId}, {@code
 *       approvedBy}) holds 1 to {@value #MAX_ID_LENGTH} characters of {@code A-Z a-z 0-9 _ - . :}.
 *       Ids become parts of email idempotency keys, event ids and links.
 *   <li>Tokens ({@code token}): 1 to {@value #MAX_TOKEN_LENGTH} URL-safe characters {@code A-Z a-z
 *       0-9 _ - . ~}, because they travel in links.
 *   <li>Free text ({@code reason}, {@code comment}, {@code review}): at most {@value
 *       #MAX_LONG_TEXT_LENGTH} characters.
 *   <li>Any other text (names, titles, categories): at most {@value #MAX_TEXT_LENGTH} characters.
 *   <li>Email addresses: at most 254 characters; lists: at most {@value #MAX_LIST_SIZE} entries;
 *       money: at most {@value #MAX_MINOR_UNITS} minor units.
 *   <li>The envelope's {@code name} and {@code id}: 1 to {@value #MAX_ENVELOPE_LENGTH} characters
 *       without spaces or control characters.
 *   <li>No string holds control characters other than line breaks and tabs in free text.
 * </ul>
 */
public final class EventBounds {

  /** Longest id. */
  public static final int MAX_ID_LENGTH = 100;

  /** Longest token. */
  public static final int MAX_TOKEN_LENGTH = 512;

  /** Longest name, title or other short text. */
  public static final int MAX_TEXT_LENGTH = 200;

  /** Longest free text: reasons, comments, reviews. */
  public static final int MAX_LONG_TEXT_LENGTH = 2000;

  /** Largest amount of money in an event, in minor units: ten billion of a currency's unit. */
  public static final long MAX_MINOR_UNITS = 1_000_000_000_000L;

  /** Longest event name and event id in an envelope. */
  public static final int MAX_ENVELOPE_LENGTH = 256;

  /** Most entries in a list. */
  public static final int MAX_LIST_SIZE = 50;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]+");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.~-]+");
  private static final Set<String> LONG_TEXT = Set.of("reason", "comment", "review");

  private EventBounds() {}

  /**
   * Checks a non-blank string field against the bounds its name gives it.
   *
   * @param eventName the event, for the error
   * @param field the field's name within {@code data}, for example {@code userId}
   * @throws EventValidationException naming {@code data.<field>} when the value is out of bounds
   */
  public static String check(String eventName, String field, String value) {
    String name = baseName(field);
    if (name.endsWith("Id") || name.endsWith("By")) {
      if (value.length() > MAX_ID_LENGTH || !ID.matcher(value).matches()) {
        throw invalid(
            eventName,
            field,
            "must be 1 to " + MAX_ID_LENGTH + " characters of A-Z a-z 0-9 _ - . :");
      }
    } else if (name.equals("token")) {
      if (value.length() > MAX_TOKEN_LENGTH || !TOKEN.matcher(value).matches()) {
        throw invalid(
            eventName,
            field,
            "must be 1 to " + MAX_TOKEN_LENGTH + " characters of A-Z a-z 0-9 _ - . ~");
      }
    } else {
      boolean longText = LONG_TEXT.contains(name);
      int max = longText ? MAX_LONG_TEXT_LENGTH : MAX_TEXT_LENGTH;
      if (value.length() > max) {
        throw invalid(eventName, field, "must be at most " + max + " characters");
      }
      if (hasControl(value, longText)) {
        throw invalid(eventName, field, "must not contain control characters");
      }
    }
    return value;
  }

  /** Checks an amount of money. */
  public static void checkMinorUnits(String eventName, String field, long minorUnits) {
    if (minorUnits > MAX_MINOR_UNITS) {
      throw invalid(eventName, field, "must be at most " + MAX_MINOR_UNITS + " minor units");
    }
  }

  /**
   * Checks an envelope's name or id: 1 to {@value #MAX_ENVELOPE_LENGTH} characters, no spaces or
   * control characters.
   */
  public static void checkEnvelope(String eventName, String field, String value) {
    boolean bad = value.isEmpty() || value.length() > MAX_ENVELOPE_LENGTH;
    for (int i = 0; !bad && i < value.length(); i++) {
      char c = value.charAt(i);
      bad = Character.isISOControl(c) || Character.isWhitespace(c);
    }
    if (bad) {
      throw new EventValidationException(
          eventName,
          field,
          "must be 1 to "
              + MAX_ENVELOPE_LENGTH
              + " characters without spaces or control characters");
    }
  }

  /** Whether a string holds a control character (email addresses, where none is allowed). */
  static boolean hasControl(String value) {
    return hasControl(value, false);
  }

  /** Checks the size of a list field. */
  public static void checkSize(String eventName, String field, int size) {
    if (size > MAX_LIST_SIZE) {
      throw invalid(eventName, field, "must have at most " + MAX_LIST_SIZE + " entries");
    }
  }

  private static String baseName(String field) {
    int bracket = field.indexOf('[');
    return bracket < 0 ? field : field.substring(0, bracket);
  }

  private static boolean hasControl(String value, boolean lineBreaksAllowed) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)
          && !(lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t'))) {
        return true;
      }
    }
    return false;
  }

  private static EventValidationException invalid(String eventName, String field, String problem) {
    return new EventValidationException(eventName, "data." + field, problem);
  }
}
