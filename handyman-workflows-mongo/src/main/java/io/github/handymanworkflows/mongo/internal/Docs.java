package io.github.handymanworkflows.mongo.internal;

import io.github.handymanworkflows.domain.GeoPoint;
import io.github.handymanworkflows.domain.Location;
import java.time.Instant;
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
