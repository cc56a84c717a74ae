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
package io.github.handymanworkflows.mongo.internal;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Conversions between Java values and BSON fields. Instants are stored as BSON dates (millisecond
 * precision) so the server can compare, group and bucket them.
 */
public final class Docs {

  private Docs() {}

  /** A BSON date, or null. */
  public static @Nullable Date date(@Nullable Instant at) {
    return at == null ? null : Date.from(at);
  }

  /** A required instant field. */
  public static Instant instant(Document doc, String field) {
    Date date = doc.getDate(field);
    if (date == null) {
      throw new IllegalStateException("stored document lacks the date field " + field);
    }
    return date.toInstant();
  }

  /** An optional instant field. */
  public static @Nullable Instant optionalInstant(Document doc, String field) {
    Date date = doc.getDate(field);
    return date == null ? null : date.toInstant();
  }

  /**
   * Writes an instant exactly: {@code field} as a BSON date (for queries and sorting) and {@code
   * field + "Nanos"} with the nano-of-second a BSON date cannot hold. The engine compares the
   * instants it stored with the ones it holds, so they must come back equal.
   */
  public static Document putExact(Document doc, String field, @Nullable Instant at) {
    doc.append(field, date(at));
    doc.append(field + "Nanos", at == null ? null : at.getNano());
    return doc;
  }

  /** Reads {@link #putExact}. */
  public static @Nullable Instant exact(Document doc, String field) {
    Instant millis = optionalInstant(doc, field);
    Integer nanos = doc.getInteger(field + "Nanos");
    return millis == null || nanos == null
        ? millis
        : millis.with(ChronoField.NANO_OF_SECOND, nanos);
  }

  /** Reads a required {@link #putExact} field. */
  public static Instant requiredExact(Document doc, String field) {
    Instant at = exact(doc, field);
    if (at == null) {
      throw new IllegalStateException("stored document lacks the date field " + field);
    }
    return at;
  }

  /** A required string field. */
  public static String string(Document doc, String field) {
    return Objects.requireNonNull(
        doc.getString(field), () -> "stored document lacks the string field " + field);
  }

  /** A number field read as a long (servers return int, long or double for sums). */
  public static long number(Document doc, String field) {
    Object value = doc.get(field);
    return value instanceof Number n ? n.longValue() : 0L;
  }

  /**
   * A location: the address, GeoJSON point {@code geo} (longitude first) for a 2dsphere index on a
   * real server, and scalar {@code lat}/{@code lng} for range queries every server can run.
   */
  public static Document location(Location location) {
    GeoPoint point = location.point();
    return new Document("address", location.address())
        .append("lat", point.latitude())
        .append("lng", point.longitude())
        .append(
            "geo",
            new Document("type", "Point")
                .append("coordinates", List.of(point.longitude(), point.latitude())));
  }

  /** Reads {@link #location(Location)}. */
  public static @Nullable Location location(@Nullable Document doc) {
    if (doc == null) {
      return null;
    }
    return new Location(
        string(doc, "address"), GeoPoint.of(doc.getDouble("lat"), doc.getDouble("lng")));
  }
}
