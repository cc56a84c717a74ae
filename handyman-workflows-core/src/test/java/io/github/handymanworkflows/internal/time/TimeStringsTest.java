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
package io.github.handymanworkflows.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeStringsTest {

  @ParameterizedTest
  @CsvSource({
    "PT0S, 0s",
    "PT1S, 1s",
    "PT59S, 59s",
    "PT90S, 1m30s",
    "PT1H, 1h",
    "PT1H0M1S, 1h1s",
    "PT24H, 1d",
    "PT26H, 1d2h",
    "PT2H45M, 2h45m",
    "P6DT23H59M59S, 6d23h59m59s",
    "P7D, 1w",
    "P9DT3H, 1w2d3h",
    "P14D, 2w",
    "P365D, 52w1d",
  })
  void formatsWholeSecondsLargestUnitFirst(Duration duration, String expected) {
    assertThat(TimeStrings.format(duration)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"PT0.000000001S, 1s", "PT0.5S, 1s", "PT0.999S, 1s", "PT1.001S, 2s", "PT59.5S, 1m"})
  void roundsFractionsOfASecondUp(Duration duration, String expected) {
    assertThat(TimeStrings.format(duration)).isEqualTo(expected);
  }

  @Test
  void rejectsNegativeDurations() {
    assertThatThrownBy(() -> TimeStrings.format(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative")
        .hasMessageContaining("PT-1S");
  }

  @ParameterizedTest
  @CsvSource({
    "0, PT0S",
    "0s, PT0S",
    "300ms, PT0.3S",
    "1500us, PT0.0015S",
    "1500µs, PT0.0015S",
    "1500μs, PT0.0015S",
    "250ns, PT0.00000025S",
    "90s, PT1M30S",
    "2h45m, PT2H45M",
    "1d, PT24H",
    "1w, PT168H",
    "1w2d, PT216H",
    "1.5h, PT1H30M",
    ".5s, PT0.5S",
    "1h1h, PT2H",
    "1h30m15s500ms, PT1H30M15.5S",
    "0.1ns, PT0S",
  })
  void parsesDecimalAndUnitSequences(String text, Duration expected) {
    assertThat(TimeStrings.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "5", "h", "1x", "1 h", " 1h", "1h ", "-1h", "+1h", "1..5h", "1.5.h", "1H", "1hour"
      })
  void rejectsMalformedTimeStringsNamingTheInput(String text) {
    assertThatThrownBy(() -> TimeStrings.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid time string '" + text + "'");
  }

  @Test
  void namesTheUnknownUnit() {
    assertThatThrownBy(() -> TimeStrings.parse("3y")).hasMessageContaining("unknown unit 'y'");
  }

  @Test
  void rejectsDurationsBeyondTheRangeOfDuration() {
    assertThatThrownBy(() -> TimeStrings.parse("99999999999999999w"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");
  }

  @Test
  void parsingAFormattedDurationGivesItBackRoundedUpToTheSecond() {
    Random random = new Random(20260101L);
    for (int i = 0; i < 2_000; i++) {
      Duration duration = Duration.ofMillis((long) (random.nextDouble() * 400 * 24 * 3600 * 1000));
      Duration parsed = TimeStrings.parse(TimeStrings.format(duration));
      assertThat(parsed).isGreaterThanOrEqualTo(duration);
      assertThat(parsed.minus(duration)).isLessThan(Duration.ofSeconds(1));
      assertThat(parsed.getNano()).isZero();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01T09:00:00Z, 2026-01-01T09:00:00Z",
    "2026-01-01T09:00:00.250Z, 2026-01-01T09:00:00.250Z",
    "2026-01-01T09:00:00.001Z, 2026-01-01T09:00:00.001Z",
    "2026-01-01T09:00:00.000000001Z, 2026-01-01T09:00:00.001Z",
    "2026-01-01T09:00:59.998500Z, 2026-01-01T09:00:59.999Z",
    "2026-01-01T23:59:59.999000001Z, 2026-01-02T00:00:00Z",
    "1970-01-01T00:00:00Z, 1970-01-01T00:00:00Z",
  })
  void formatsInstantsAsRfc3339UtcWithMillisOnlyWhenNeeded(Instant instant, String expected) {
    assertThat(TimeStrings.formatInstant(instant)).isEqualTo(expected);
  }
}
