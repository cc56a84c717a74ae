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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.domain.Role;
import io.github.handymanworkflows.mail.SampleEmails.Sample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmailsTest {

  private static final String HOSTILE = "<script>alert(1)</script>\"'&\r\nBcc: evil@x.example";

  private final RecordingMailer mailer = new RecordingMailer();
  private final Emails emails = new Emails(mailer, new TemplateRenderer(), SampleEmails.settings());

  static List<Sample> plain() {
    return SampleEmails.all("Ada");
  }

  static List<Sample> hostile() {
    return SampleEmails.all(HOSTILE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plain")
  void everyEmailRendersAndSendsOneMessageWithItsKeyAndTags(Sample sample) {
    MailReceipt receipt = sample.send().apply(emails);

    assertThat(receipt.duplicate()).isFalse();
    MailMessage sent = mailer.lastSent().orElseThrow();
    assertThat(sent.idempotencyKey()).isEqualTo(sample.expectedKey());
    assertThat(sent.to()).containsExactly(Address.of("ada@example.org"));
    assertThat(sent.from().email()).isEqualTo("noreply@handyman.example");
    assertThat(sent.replyTo()).contains(Address.of("help@handyman.example"));
    assertThat(sent.tags())
        .containsEntry("email", sample.template().name())
        .containsKey("workflow");
    assertThat(sent.subject()).doesNotContain("{{").doesNotContain("\n");
    assertThat(sent.html())
        .startsWith("<!DOCTYPE html>")
        .contains("Hi Ada,", "help@handyman.example", "https://app.handyman.example")
        .doesNotContain("{{", "}}");
    assertThat(sent.text()).contains("Hi Ada,").doesNotContain("{{", "}}", "<p>");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plain")
  void sendingTheSameEmailTwiceDeliversOnce(Sample sample) {
    sample.send().apply(emails);
    MailReceipt second = sample.send().apply(emails);

    assertThat(second.duplicate()).isTrue();
    assertThat(mailer.deliveredCount(sample.expectedKey())).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void everyInterpolatedValueIsEscapedInHtmlAndFlattenedInText(Sample sample) {
    sample.send().apply(emails);

    MailMessage sent = mailer.lastSent().orElseThrow();
    assertThat(sent.html()).doesNotContain("<script>", "\"'&\r", "alert(1)</script>\"");
    assertThat(sent.text()).doesNotContain("\r\nBcc:", "\nBcc:");
    assertThat(sent.subject()).doesNotContain("\r", "\n");
  }

  @Test
  void hostileFirstNameAppearsEscapedInHtml() {
    SampleEmails.all(HOSTILE).get(1).send().apply(emails);

    assertThat(mailer.lastSent().orElseThrow().html())
        .contains("Hi &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;  Bcc: evil@x.example,");
  }

  @Test
  void everyBuiltInTemplateIsSentBySomeMethod() {
    Set<MailTemplate> covered = plain().stream().map(Sample::template).collect(Collectors.toSet());

    assertThat(covered).containsExactlyInAnyOrderElementsOf(MailTemplate.builtIns());
  }

  @Test
  void verificationLinkCarriesTheTokenButTheKeyNeverDoes() {
    Recipient user = Recipient.of("u7", "bo@example.org", "Bo");
    emails.verification(new VerificationEmail(user, "abc/+ def", null, Duration.ofHours(24)));

    MailMessage sent = mailer.lastSent().orElseThrow();
    assertThat(sent.html())
        .contains("https://app.handyman.example/verify-email?token=abc%2F%2B%20def");
    assertThat(sent.idempotencyKey()).startsWith("verify:u7:t-").doesNotContain("abc");
    assertThat(sent.idempotencyKey()).isEqualTo("verify:u7:" + Emails.tokenRef(null, "abc/+ def"));
    assertThat(sent.text()).contains("24 hours");
  }

  @Test
  void passwordResetUsesTheConfiguredRoute() {
    MailSettings settings =
        MailSettings.builder()
            .from(Address.of("noreply@handyman.example"))
            .brandName("Handyman")
            .supportEmail("help@handyman.example")
            .frontendBaseUrl("https://app.handyman.example")
            .route(LinkRoute.RESET_PASSWORD, "/auth/reset?t={token}")
            .build();
    Emails custom = new Emails(mailer, new TemplateRenderer(), settings);

    custom.passwordReset(
        new PasswordResetEmail(
            Recipient.of("u1", "ada@example.org", "Ada"), "r1", "id-9", Duration.ofHours(1)));

    assertThat(mailer.lastSent().orElseThrow().text())
        .contains("https://app.handyman.example/auth/reset?t=r1")
        .contains("1 hour");
  }

  @Test
  void accountLockedStatesTheRealUnlockTimeInTheConfiguredZone() {
    Instant until = Instant.parse("2026-06-04T13:05:00Z");
    emails.accountLocked(
        new AccountLockedEmail(
            Recipient.of("u1", "ada@example.org", "Ada"), "too many failed sign-ins", until));

    MailMessage sent = mailer.lastSent().orElseThrow();
    assertThat(sent.html()).contains("Thursday 4 June 2026, 14:05 WAT");
    assertThat(sent.text())
        .contains("Thursday 4 June 2026, 14:05 WAT")
        .doesNotContain("15 minutes");
  }

  @Test
  void analyticsReportShowsTheFiguresPassedIn() {
    SampleEmails.all("Ada").stream()
        .filter(s -> s.name().equals("analyticsReport"))
        .findFirst()
        .orElseThrow()
        .send()
        .apply(emails);

    MailMessage sent = mailer.lastSent().orElseThrow();
    assertThat(sent.subject()).isEqualTo("Handyman Daily report: 2026-06-02");
    assertThat(sent.text()).contains("New users: 1,234", "Revenue: NGN 2,500.00");
    assertThat(sent.html()).contains("1,234", "NGN 2,500.00", "(2 June 2026)");
    assertThat(sent.tags()).containsEntry("workflow", "daily-analytics-flow");
  }

  @Test
  void healthAlertListsProbesWithLatency() {
    SampleEmails.all("Ada").stream()
        .filter(s -> s.name().equals("healthAlert"))
        .findFirst()
        .orElseThrow()
        .send()
        .apply(emails);

    MailMessage sent = mailer.lastSent().orElseThrow();
    assertThat(sent.subject()).isEqualTo("[Alert] Handyman system status: DEGRADED");
    assertThat(sent.text())
        .contains("- mongo: UP, latency 12 ms", "- redis: DOWN, latency n/a (Ada)");
  }

  @Test
  void roleTipsAreOnlyForCustomersAndHandymen() {
    Recipient admin = Recipient.of("a1", "admin@example.org", "Ann");

    assertThatThrownBy(() -> new RoleTipsEmail(admin, Role.ADMIN))
        .isInstanceOf(MailValidationException.class)
        .extracting(e -> ((MailValidationException) e).field())
        .isEqualTo("role");
  }

  @Test
  void blankFirstNameGreetsThere() {
    emails.welcome(new WelcomeEmail(Recipient.of("u1", "ada@example.org", " "), Role.CUSTOMER));

    assertThat(mailer.lastSent().orElseThrow().text()).startsWith("Hi there,");
  }

  @Test
  void mailerFailuresPassThroughUnchanged() {
    mailer.failNextPermanently(1);

    assertThatThrownBy(() -> SampleEmails.all("Ada").get(1).send().apply(emails))
        .isInstanceOf(MailRejectedException.class);
    assertThat(mailer.sent()).isEmpty();
  }

  @Test
  void parameterRecordsHideTokensAndAddresses() {
    Recipient user = Recipient.of("u1", "ada@example.org", "Ada");
    String text =
        new VerificationEmail(user, "raw-secret", null, Duration.ofHours(1)).toString()
            + new PasswordResetEmail(user, "raw-secret", null, Duration.ofHours(1));

    assertThat(text).doesNotContain("raw-secret", "ada@example.org").contains("a***@example.org");
    assertThat(Map.of("user", user).toString()).doesNotContain("ada@");
  }
}
