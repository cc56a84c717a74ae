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
package io.github.handymanworkflows.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.mongo.internal.Calls;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.report.AnalyticsMetrics;
import io.github.handymanworkflows.report.AnalyticsReport;
import io.github.handymanworkflows.report.ReportKind;
import io.github.handymanworkflows.report.ReportPeriod;
import io.github.handymanworkflows.report.ReportRepository;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;

/**
 * {@link ReportRepository} on the {@code reports} collection, keyed by period key ({@code
 * daily:2026-11-26}): the unique {@code _id} keeps the first snapshot of a period.
 */
public final class MongoReportRepository implements ReportRepository {

  private final MongoCollection<Document> reports;
  private final Calls calls;

  MongoReportRepository(MongoCollection<Document> reports, Calls calls) {
    this.reports = reports;
    this.calls = calls;
  }

  @Override
  public boolean saveIfAbsent(AnalyticsReport report) {
    Objects.requireNonNull(report, "report must not be null");
    ReportPeriod period = report.period();
    AnalyticsMetrics m = report.metrics();
    Document roles = new Document();
    m.usersByRole().forEach((role, count) -> roles.append(role.wireName(), count));
    Document doc =
        new Document("_id", period.key())
            .append("kind", period.kind().prefix())
            .append("from", Docs.date(period.from()))
            .append("to", Docs.date(period.to()))
            .append("zone", period.zone().getId())
            .append("generatedAt", Docs.date(report.generatedAt()))
            .append(
                "metrics",
                new Document("newUsers", m.newUsers())
                    .append("activeUsers", m.activeUsers())
                    .append("usersByRole", roles)
                    .append("jobsPosted", m.jobsPosted())
                    .append("jobsCompleted", m.jobsCompleted())
                    .append("revenueByCurrency", new Document(m.revenueByCurrency())));
    return calls.unlessDuplicate("reports.saveIfAbsent", reports.insertOne(doc));
  }

  @Override
  public Optional<AnalyticsReport> find(String periodKey) {
    Objects.requireNonNull(periodKey, "periodKey must not be null");
    return calls
        .optional("reports.find", reports.find(eq("_id", periodKey)).first())
        .map(MongoReportRepository::fromDocument);
  }

  private static AnalyticsReport fromDocument(Document doc) {
    ReportPeriod period =
        new ReportPeriod(
            ReportKind.valueOf(Docs.string(doc, "kind").toUpperCase(Locale.ROOT)),
            Docs.string(doc, "_id"),
            Docs.instant(doc, "from"),
            Docs.instant(doc, "to"),
            ZoneId.of(Docs.string(doc, "zone")));
    Document m = doc.get("metrics", Document.class);
    Map<Role, Long> roles = new EnumMap<>(Role.class);
    m.get("usersByRole", Document.class)
        .forEach((role, count) -> roles.put(Role.fromWireName(role), ((Number) count).longValue()));
    Map<String, Long> revenue = new TreeMap<>();
    m.get("revenueByCurrency", Document.class)
        .forEach((currency, amount) -> revenue.put(currency, ((Number) amount).longValue()));
    AnalyticsMetrics metrics =
        new AnalyticsMetrics(
            Docs.number(m, "newUsers"),
            Docs.number(m, "activeUsers"),
            roles,
            Docs.number(m, "jobsPosted"),
            Docs.number(m, "jobsCompleted"),
            revenue);
    return new AnalyticsReport(period, metrics, Docs.instant(doc, "generatedAt"));
  }
}
