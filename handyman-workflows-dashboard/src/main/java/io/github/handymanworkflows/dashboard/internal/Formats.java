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
package io.github.handymanworkflows.dashboard.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the dashboard writes times, durations and sizes. */
public final class Formats {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

  private Formats() {}

  /** An instant in the business zone, to the second; a dash for none. */
  public static String time(@Nullable Instant at, ZoneId zone) {
    return at == null ? "—" : TIME.format(at.atZone(zone));
  }

  /** A duration the way an operator reads it: {@code 350 ms}, {@code 4.2 s}, {@code 3 h 5 m}. */
  public static String duration(@Nullable Duration d) {
    if (d == null) {
      return "—";
    }
    long millis = Math.max(0, d.toMillis());
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = millis / 1000;
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3600;
    long minutes = seconds % 3600 / 60;
    if (days > 0) {
      return days + " d " + hours + " h";
    }
    if (hours > 0) {
      return hours + " h " + minutes + " m";
    }
    return minutes + " m " + seconds % 60 + " s";
  }

  /** A byte count: {@code 512 B}, {@code 1.5 KB}. */
  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  /** A status name in lower case, for text and CSS classes. */
  public static String status(Enum<?> status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
