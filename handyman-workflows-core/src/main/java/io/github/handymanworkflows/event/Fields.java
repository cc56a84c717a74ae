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

import io.github.handymanworkflows.domain.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks for the compact constructors of the catalogue's records.
 *
 * <p>Every failure is an {@link EventValidationException} naming the event and the JSON path of the
 * field ({@code data.email}); the value itself never appears, since it may be a token or an
 * address. The records run these checks when they are built, which is both when a producer sends
 * them and when Jackson decodes them.
 */
final class Fields {

  private static final int MAX_EMAIL_LENGTH = 254;
  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  private final EventType<?> type;

  private Fields(EventType<?> type) {
    this.type = type;
  }

  /** Checks for the fields of one event type. */
  static Fields of(EventType<?> type) {
    return new Fields(type);
  }

  /** The error for a field of this event. */
  EventValidationException invalid(String field, String problem) {
    return new EventValidationException(type.name(), "data." + field, problem);
  }

  /** A required value. */
  <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw invalid(field, "is required");
    }
    return value;
  }

  /** A required string that is not blank, within the {@link EventBounds} its name gives it. */
  String text(String field, @Nullable String value) {
    if (required(field, value).isBlank()) {
      throw invalid(field, "must not be blank");
    }
    return EventBounds.check(type.name(), field, value);
  }

  /**
   * An optional string within its {@link EventBounds}; blank counts as absent, because the original
   * app sent {@code ""}.
   */
  @Nullable String optionalText(String field, @Nullable String value) {
    return value == null || value.isBlank() ? null : EventBounds.check(type.name(), field, value);
  }

  /** A required, plausible email address: one {@code @} with text on both sides, no whitespace. */
  String email(String field, @Nullable String value) {
    if (required(field, value).isBlank()) {
      throw invalid(field, "must not be blank");
    }
    int at = value.indexOf('@');
    if (at <= 0
        || at != value.lastIndexOf('@')
        || at == value.length() - 1
        || value.length() > MAX_EMAIL_LENGTH
        || WHITESPACE.matcher(value).find()
        || EventBounds.hasControl(value)) {
      throw invalid(field, "must be an email address");
    }
    return value;
  }

  /** A required amount of money within {@link EventBounds#MAX_MINOR_UNITS}. */
  Money money(String field, @Nullable Money value) {
    EventBounds.checkMinorUnits(
        type.name(), field + ".minorUnits", required(field, value).minorUnits());
    return value;
  }

  /** A required star rating from 1 to 5. */
  int rating(String field, int value) {
    if (value < 1 || value > 5) {
      throw invalid(field, "must be between 1 and 5");
    }
    return value;
  }

  /** An optional star rating from 1 to 5. */
  @Nullable Integer optionalRating(String field, @Nullable Integer value) {
    return value == null ? null : rating(field, value);
  }

  /** A required list of non-blank strings, copied so that the record stays immutable. */
  List<String> texts(String field, @Nullable List<String> values) {
    EventBounds.checkSize(type.name(), field, required(field, values).size());
    List<String> copy = new ArrayList<>(required(field, values).size());
    for (int i = 0; i < values.size(); i++) {
      copy.add(text(field + "[" + i + "]", values.get(i)));
    }
    return List.copyOf(copy);
  }
}
