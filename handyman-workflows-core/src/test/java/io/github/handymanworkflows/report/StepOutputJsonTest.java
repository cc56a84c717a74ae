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
package io.github.handymanworkflows.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.handymanworkflows.domain.Page;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.handyman.HandymanStats;
import io.github.handymanworkflows.health.ProbeResult;
import io.github.handymanworkflows.internal.json.Json;
import io.github.handymanworkflows.job.CompletionSummary;
import io.github.handymanworkflows.security.FailedLogins;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records that workflows return from steps must survive the step-state JSON round trip. */
class StepOutputJsonTest {

  private static final Instant AT = Instant.parse("2026-11-26T09:00:00Z");

  private final ObjectMapper mapper = Json.mapper();

  @Test
  void handymanStatsRoundTripWithoutDerivedFields() throws Exception {
    HandymanStats stats = new HandymanStats(3, 9, 2, AT);

    String json = mapper.writeValueAsString(stats);

    assertThat(json).doesNotContain("averageRating");
    assertThat(mapper.readValue(json, HandymanStats.class)).isEqualTo(stats);
  }

  @Test
  void analyticsReportsRoundTrip() throws Exception {
    AnalyticsReport report =
        new AnalyticsReport(
            ReportPeriod.daily(LocalDate.of(2026, 11, 26), ZoneId.of("Africa/Lagos")),
            new AnalyticsMetrics(4, 3, Map.of(Role.CUSTOMER, 2L), 5, 1, Map.of("NGN", 100L)),
            AT);

    String json = mapper.writeValueAsString(report);

    assertThat(mapper.readValue(json, AnalyticsReport.class)).isEqualTo(report);
  }

  @Test
  void countsAndProbeResultsRoundTrip() throws Exception {
    CompletionSummary summary = new CompletionSummary(2, Map.of("NGN", 10L, "USD", 5L));
    ProbeResult probe = ProbeResult.down("mongo", Duration.ofMillis(12), "TimeoutException");
    FailedLogins failures = new FailedLogins("u-1", 11, AT);

    assertThat(mapper.readValue(mapper.writeValueAsString(summary), CompletionSummary.class))
        .isEqualTo(summary);
    assertThat(mapper.readValue(mapper.writeValueAsString(probe), ProbeResult.class))
        .isEqualTo(probe);
    assertThat(mapper.readValue(mapper.writeValueAsString(failures), FailedLogins.class))
        .isEqualTo(failures);
  }

  @Test
  void pagesOfIdsRoundTrip() throws Exception {
    Page<String> page = new Page<>(List.of("u-1", "u-2"), "u-2");

    String json = mapper.writeValueAsString(page);
    Page<String> back = mapper.readValue(json, new TypeReference<Page<String>>() {});

    assertThat(back).isEqualTo(page);
  }
}
