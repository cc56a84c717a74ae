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
package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import io.github.handymanworkflows.handyman.PerformanceCriteria;
import io.github.handymanworkflows.mail.Address;
import io.github.handymanworkflows.mail.MailSettings;
import io.github.handymanworkflows.security.LockoutPolicy;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsConfigurationException;
import io.github.handymanworkflows.spring.boot.autoconfigure.HandymanWorkflowsProperties;
import io.github.handymanworkflows.workflows.WorkflowSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;

/** Turns {@link HandymanWorkflowsProperties} into the library's settings, failing clearly. */
public final class Settings {

  /** The property that selects the engine. */
  public static final String ENGINE = "handyman.workflows.engine";

  private static final String PREFIX = "handyman.workflows.";

  private Settings() {}

  /** The engine names the starter knows. */
  public enum EngineKind {
    /** In-process. */
    EMBEDDED,
    /** Inngest Cloud or the Dev Server. */
    INNGEST
  }

  /**
   * The selected engine.
   *
   * @throws HandymanWorkflowsConfigurationException for a blank or unknown name
   */
  public static EngineKind engine(HandymanWorkflowsProperties properties) {
    String name = properties.getEngine() == null ? "" : properties.getEngine().trim();
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "embedded" -> EngineKind.EMBEDDED;
      case "inngest" -> EngineKind.INNGEST;
      default ->
          throw new HandymanWorkflowsConfigurationException(
              ENGINE,
              "unknown engine '" + name + "'",
              "Set " + ENGINE + " to 'embedded' (in-process, the default) or 'inngest'.");
    };
  }

  /**
   * The business zone.
   *
   * @throws HandymanWorkflowsConfigurationException when the zone id is invalid
   */
  public static ZoneId zone(HandymanWorkflowsProperties properties) {
    String zone = properties.getZone() == null ? "" : properties.getZone().trim();
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new HandymanWorkflowsConfigurationException(
          PREFIX + "zone",
          "'" + zone + "' is not a time zone",
          "Use an IANA zone id such as UTC, Africa/Lagos or Europe/Paris.",
          e);
    }
  }

  /** The workflow settings. */
  public static WorkflowSettings workflowSettings(HandymanWorkflowsProperties p) {
    LockoutPolicy lockout =
        check(
            "lockout",
            () ->
                new LockoutPolicy(
                    p.getLockout().getMaxFailures(),
                    p.getLockout().getWindow(),
                    p.getLockout().getLockDuration()));
    PerformanceCriteria performance =
        check(
            "performance",
            () ->
                new PerformanceCriteria(
                    p.getPerformance().getMinCompletedJobs(),
                    p.getPerformance().getTipsBelow(),
                    p.getPerformance().getRecognitionAtLeast()));
    ZoneId zone = zone(p);
    return check(
        "",
        () ->
            new WorkflowSettings(
                zone,
                lockout,
                p.getAccounts().getInactivity(),
                p.getAccounts().getArchiveAfter(),
                p.getPageSize(),
                p.getOnboarding().getProfileCheckDelay(),
                p.getOnboarding().getTipsDelay(),
                p.getMatching().getRadiusKm(),
                p.getMatching().getWidenedRadiusKm(),
                p.getMatching().getMaxMatches(),
                p.getMatching().getAcceptWindow(),
                p.getReviews().getDelay(),
                p.getReviews().getWindow(),
                performance));
  }

  /** The mail settings. */
  public static MailSettings mailSettings(HandymanWorkflowsProperties p) {
    HandymanWorkflowsProperties.Mail mail = p.getMail();
    ZoneId zone = zone(p);
    return check(
        "mail",
        () -> {
          MailSettings.Builder builder =
              MailSettings.builder()
                  .from(Address.of(mail.getFrom(), mail.getFromName()))
                  .replyTo(mail.getReplyTo() == null ? null : Address.of(mail.getReplyTo()))
                  .brandName(mail.getBrandName())
                  .supportEmail(mail.getSupportEmail())
                  .frontendBaseUrl(mail.getFrontendBaseUrl())
                  .zone(zone);
          mail.getRoutes().forEach(builder::route);
          return builder.build();
        });
  }

  /**
   * Runs a constructor that validates its arguments and reports its complaint against the group of
   * properties it came from. The library's messages name the field, never a secret value.
   */
  private static <T> T check(String group, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      String setting = PREFIX + (group.isEmpty() ? "*" : group + ".*");
      throw new HandymanWorkflowsConfigurationException(
          setting,
          String.valueOf(e.getMessage()),
          "Correct the " + setting + " settings; see the starter's configuration reference.",
          e);
    }
  }
}
