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

import io.github.handymanworkflows.domain.Money;
import io.github.handymanworkflows.mail.internal.MailFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Sends an admin the report of one calendar period.
 *
 * @param admin the admin
 * @param kind daily, weekly or monthly
 * @param periodLabel the period measured: {@code 2026-06-02}, {@code 2026-W22}, {@code 2026-05};
 *     part of the key
 * @param periodStart the first day of the period
 * @param periodEnd the first day after the period
 * @param figures the figures, in display order; not empty
 * @param insights remarks on the figures; may be empty
 */
public record AnalyticsReportEmail(
    Recipient admin,
    Kind kind,
    String periodLabel,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<Figure> figures,
    List<String> insights) {

  /** Validates and copies the fields. */
  public AnalyticsReportEmail {
    Require.present(admin, "admin");
    Require.present(kind, "kind");
    Require.text(periodLabel, "periodLabel");
    Require.present(periodStart, "periodStart");
    if (!Require.present(periodEnd, "periodEnd").isAfter(periodStart)) {
      throw new MailValidationException("periodEnd", "must be after periodStart");
    }
    figures = Require.list(figures, "figures", false);
    insights = Require.list(insights, "insights", true);
  }

  /** Which report. */
  public enum Kind {
    /** The daily analytics report. */
    DAILY("Daily", "daily-analytics-flow"),
    /** The weekly maintenance summary. */
    WEEKLY("Weekly", "weekly-maintenance-flow"),
    /** The monthly analytics report. */
    MONTHLY("Monthly", "monthly-analytics-flow");

    private final String title;
    private final String workflowId;

    Kind(String title, String workflowId) {
      this.title = title;
      this.workflowId = workflowId;
    }

    /** The word used in the subject. */
    public String title() {
      return title;
    }

    /** The workflow that sends it, used as a tag. */
    public String workflowId() {
      return workflowId;
    }
  }

  /**
   * One labelled figure, already formatted; use the factories so numbers look alike everywhere.
   *
   * @param label what it measures, for example "New users"
   * @param value the formatted value
   */
  public record Figure(String label, String value) {

    /** Validates the fields. */
    public Figure {
      Require.text(label, "figures.label");
      Require.text(value, "figures.value");
    }

    /** A count. */
    public static Figure count(String label, long count) {
      return new Figure(label, String.format(Locale.ENGLISH, "%,d", count));
    }

    /** A percentage, one decimal. */
    public static Figure percent(String label, double percent) {
      return new Figure(label, String.format(Locale.ENGLISH, "%.1f%%", percent));
    }

    /** A decimal such as an average rating, or "n/a" when there is none. */
    public static Figure decimal(String label, @Nullable Double value) {
      return new Figure(
          label, value == null ? "n/a" : String.format(Locale.ENGLISH, "%.2f", value));
    }

    /** An amount of money. */
    public static Figure money(String label, Money amount) {
      return new Figure(label, MailFormat.money(amount));
    }
  }
}
