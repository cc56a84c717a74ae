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
package io.github.handymanworkflows.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.ManualClock;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DashboardTest {

  private static final Pattern HIDDEN =
      Pattern.compile("name=\"(csrf|requestId)\" value=\"([A-Za-z0-9_-]+)\"");

  final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T10:00:00Z"));
  final ShopWorkflows shop = new ShopWorkflows();
  final EmbeddedEngine engine =
      EmbeddedEngine.builder().clock(clock).functions(shop.functions()).build();

  Dashboard dashboard(boolean readOnly) {
    return Dashboard.builder(engine).zone(ZoneId.of("Africa/Lagos")).readOnly(readOnly).build();
  }

  static DashboardResponse get(Dashboard d, String path, Map<String, String> cookies) {
    int q = path.indexOf('?');
    return d.handle(
        new DashboardRequest(
            "GET",
            "/dash",
            q < 0 ? path : path.substring(0, q),
            q < 0 ? Map.of() : DashboardRequest.parseUrlEncoded(path.substring(q + 1)),
            Map.of(),
            cookies,
            null,
            "localhost:8080",
            false,
            "ops@example.com"));
  }

  static DashboardResponse post(
      Dashboard d,
      String path,
      Map<String, String> form,
      Map<String, String> cookies,
      @Nullable String origin) {
    return d.handle(
        new DashboardRequest(
            "POST",
            "/dash",
            path,
            Map.of(),
            form,
            cookies,
            origin,
            "localhost:8080",
            false,
            "ops@example.com"));
  }

  String failedRun() {
    engine.publish(ShopWorkflows.order("o-1", "user-1"));
    engine.runDue();
    RunRecord run = engine.runs("charge-order").get(0);
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    return run.runId();
  }

  /** The CSRF cookie a first visit sets, and the form fields of one action on a run's page. */
  record Visit(Map<String, String> cookies, Map<String, String> form) {}

  Visit visit(Dashboard d, String runId, String formId) {
    DashboardResponse first = get(d, "/runs/" + runId, Map.of());
    String setCookie = first.headers().get("Set-Cookie");
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/dash");
    String token = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    String html = first.text();
    String formHtml = html.substring(html.indexOf("id=\"" + formId + "\""));
    formHtml = formHtml.substring(0, formHtml.indexOf("</form>"));
    Map<String, String> form = new HashMap<>();
    Matcher m = HIDDEN.matcher(formHtml);
    while (m.find()) {
      form.put(m.group(1), m.group(2));
    }
    return new Visit(Map.of("hw_dashboard_csrf", token), form);
  }

  @Test
  void everyAnswerCarriesAStrictContentSecurityPolicy() {
    DashboardResponse page = get(dashboard(false), "/", Map.of());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().get("Content-Security-Policy"))
        .contains("default-src 'none'")
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.headers()).containsEntry("X-Frame-Options", "DENY");
    assertThat(page.text()).doesNotContain("<script>").doesNotContain(" style=");
    assertThat(get(dashboard(false), "/assets/dashboard.js", Map.of()).text())
        .contains("data-autosubmit");
    assertThat(get(dashboard(false), "/assets/../secret", Map.of()).status()).isEqualTo(400);
    assertThat(get(dashboard(false), "/assets/secret", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void aRetryWithItsTokenIsAppliedAndRedirectsToTheRun() {
    Dashboard d = dashboard(false);
    String runId = failedRun();
    Visit visit = visit(d, runId, "retry-form");
    shop.paymentsUp.set(true);

    DashboardResponse answer =
        post(
            d, "/runs/" + runId + "/retry", visit.form(), visit.cookies(), "http://localhost:8080");
    engine.runDue();

    assertThat(answer.status()).isEqualTo(303);
    assertThat(answer.headers().get("Location"))
        .isEqualTo("/dash/runs/" + runId + "?op=retry&outcome=applied");
    assertThat(engine.run(runId).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(get(d, "/runs/" + runId + "?op=retry&outcome=applied", visit.cookies()).text())
        .contains("Retry: done.");
  }

  @Test
  void aReplayPublishesTheTriggerAgainOnceForItsRequest() {
    Dashboard d = dashboard(false);
    String runId = failedRun();
    Visit visit = visit(d, runId, "replay-form");

    DashboardResponse first =
        post(d, "/runs/" + runId + "/replay", visit.form(), visit.cookies(), null);
    DashboardResponse again =
        post(d, "/runs/" + runId + "/replay", visit.form(), visit.cookies(), null);
    engine.runDue();

    assertThat(first.headers().get("Location")).endsWith("?op=replay&outcome=applied");
    assertThat(again.headers().get("Location")).endsWith("?op=replay&outcome=repeated");
    assertThat(engine.runs("charge-order"))
        .extracting(RunRecord::triggerEventId)
        .containsExactly(
            engine.run(runId).orElseThrow().triggerEventId(),
            "replay:" + visit.form().get("requestId"));
  }

  @Test
  void anActionWithoutTheTokenOrFromAnotherOriginIsRefused() {
    Dashboard d = dashboard(false);
    String runId = failedRun();
    Visit visit = visit(d, runId, "retry-form");
    Map<String, String> noToken = new HashMap<>(visit.form());
    noToken.remove("csrf");
    Map<String, String> wrongToken = new HashMap<>(visit.form());
    wrongToken.put("csrf", "x".repeat(43));

    assertThat(post(d, "/runs/" + runId + "/retry", noToken, visit.cookies(), null).status())
        .isEqualTo(403);
    assertThat(post(d, "/runs/" + runId + "/retry", wrongToken, visit.cookies(), null).status())
        .isEqualTo(403);
    assertThat(post(d, "/runs/" + runId + "/retry", visit.form(), Map.of(), null).status())
        .isEqualTo(403);
    assertThat(
            post(
                    d,
                    "/runs/" + runId + "/retry",
                    visit.form(),
                    visit.cookies(),
                    "https://evil.example")
                .status())
        .isEqualTo(403);
    engine.runDue();
    assertThat(engine.run(runId).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
  }

  @Test
  void aReadOnlyDashboardShowsNoActionsAndRefusesThem() {
    Dashboard d = dashboard(true);
    String runId = failedRun();
    DashboardResponse page = get(d, "/runs/" + runId, Map.of());
    String token = page.headers().get("Set-Cookie").split("[=;]")[1];

    assertThat(page.text()).doesNotContain("<form method=\"post\"").contains("read-only");
    DashboardResponse answer =
        post(
            d,
            "/runs/" + runId + "/retry",
            Map.of("csrf", token, "requestId", "r1"),
            Map.of("hw_dashboard_csrf", token),
            null);
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.text()).contains("read-only");
  }

  @Test
  void runValuesAreEscapedAndSecretsMasked() {
    String runId = failedRun();

    String html = get(dashboard(false), "/runs/" + runId, Map.of()).text();

    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert")
        .doesNotContain("tok_live_SECRET123")
        .doesNotContain("ann.buyer@example.com")
        .contains("a***@example.com");
  }

  @Test
  void theListPagesThroughManyRunsNewestFirst() {
    for (int i = 0; i < 30; i++) {
      engine.publish(ShopWorkflows.pickup("o-" + i));
    }
    engine.runDue();
    Dashboard d = Dashboard.builder(engine).pageSize(25).build();

    String first = get(d, "/?function=ship-order", Map.of()).text();
    Matcher older = Pattern.compile("id=\"older\" href=\"([^\"]+)\"").matcher(first);
    assertThat(older.find()).isTrue();
    String second = get(d, older.group(1).replace("&amp;", "&").substring(5), Map.of()).text();

    assertThat(count(first, "class=\"run\"")).isEqualTo(25);
    assertThat(count(second, "class=\"run\"")).isEqualTo(5);
    assertThat(second).contains("id=\"newest\"").doesNotContain("id=\"older\"");
  }

  @Test
  void aSleepingRunShowsItsSleepAndAnUnknownRunIsNotFound() {
    engine.publish(ShopWorkflows.pickup("o-1"));
    engine.runDue();
    String runId = engine.runs("ship-order").get(0).runId();
    engine.advance(Duration.ofMinutes(5));

    String html = get(dashboard(false), "/runs/" + runId, Map.of()).text();

    assertThat(html)
        .contains("sleeping until")
        .contains("wait-for-courier")
        .contains("id=\"cancel-form\"");
    assertThat(html).doesNotContain("data-refresh-seconds");
    assertThat(get(dashboard(false), "/runs/nope", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void thePathIsSplitBeforeEachSegmentIsDecodedOnceAndBadPathsAreRefused() {
    Dashboard d = dashboard(false);
    String runId = failedRun();

    assertThat(get(d, "/runs/" + runId, Map.of()).status()).isEqualTo(200);
    assertThat(get(d, "/%72uns/" + runId, Map.of()).status()).isEqualTo(200);
    assertThat(get(d, "/functions", Map.of()).status()).isEqualTo(200);
    assertThat(get(d, "/runs%2F" + runId, Map.of()).status()).isEqualTo(400);
    assertThat(get(d, "/runs/%252E%252E", Map.of()).status()).isEqualTo(404);
    for (String bad : new String[] {"/runs/%zz", "/runs/%4", "/runs/%C3", "/runs/a%2Fb", "/x/.."}) {
      DashboardResponse answer = get(d, bad, Map.of());
      assertThat(answer.status()).as(bad).isEqualTo(400);
      assertThat(answer.text()).as(bad).startsWith("Bad request: ");
    }
    assertThat(DashboardRequest.pathBelow("/dash/runs/a%2Fb", "/dash")).isEqualTo("/runs/a%2Fb");
    assertThat(DashboardRequest.pathBelow("/dash", "/dash/")).isEqualTo("/");
    assertThat(DashboardRequest.pathBelow("/dashx", "/dash")).isNull();
    assertThat(DashboardRequest.pathBelow("/d%61sh/", "/dash")).isNull();
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
