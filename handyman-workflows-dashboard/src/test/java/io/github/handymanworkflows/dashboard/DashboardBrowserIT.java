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

import com.sun.net.httpserver.HttpServer;
import io.github.handymanworkflows.engine.EmbeddedEngine;
import io.github.handymanworkflows.engine.RunRecord;
import io.github.handymanworkflows.engine.RunStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real headless Chromium, mounted on the JDK HTTP server over a started embedded
 * engine (real clock, worker threads): list, filter, open a run, retry a failed run until it
 * completes, cancel a sleeping run, and the refusal of an action without its CSRF token.
 *
 * <p>Screenshots of each page go to {@code target/dashboard-screenshots}, and to the folder named
 * by the system property {@code dashboard.screenshots} when set (how {@code docs/dashboard} was
 * made).
 */
class DashboardBrowserIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final ShopWorkflows shop = new ShopWorkflows();
  private static EmbeddedEngine engine;
  private static HttpServer server;
  private static WebDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    engine = EmbeddedEngine.builder().clock(Clock.systemUTC()).functions(shop.functions()).build();
    engine.start(2);
    Dashboard dashboard = Dashboard.builder(engine).zone(ZoneId.of("Africa/Lagos")).build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/dashboard", new JdkDashboardHandler(dashboard, "/dashboard"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/dashboard";
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
    if (engine != null) {
      engine.close();
    }
  }

  private static FluentWait<WebDriver> waiting() {
    return new FluentWait<>(browser)
        .withTimeout(TIMEOUT)
        .pollingEvery(Duration.ofMillis(250))
        .ignoring(NoSuchElementException.class)
        .ignoring(StaleElementReferenceException.class);
  }

  /** Publishes an order and waits until its run failed (payments are down). */
  private static String failedOrderRun(String orderId, String userId) throws Exception {
    String eventId =
        engine
            .publish(ShopWorkflows.order(orderId, userId))
            .toCompletableFuture()
            .get()
            .ids()
            .get(0);
    return awaitRun("charge-order", eventId, RunStatus.FAILED);
  }

  private static String awaitRun(String functionId, String eventId, RunStatus status)
      throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<RunRecord> run =
          engine.runs(functionId).stream()
              .filter(r -> r.triggerEventId().equals(eventId) && r.status() == status)
              .findFirst();
      if (run.isPresent()) {
        return run.get().runId();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + status + " run of " + functionId + " for event " + eventId);
  }

  private static String sleepingRun(String orderId) throws Exception {
    String eventId =
        engine.publish(ShopWorkflows.pickup(orderId)).toCompletableFuture().get().ids().get(0);
    String runId = awaitRun("ship-order", eventId, RunStatus.RUNNING);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (engine.run(runId).orElseThrow().step("wait-for-courier").isEmpty()) {
      assertThat(System.nanoTime()).as("run %s reaches its sleep", runId).isLessThan(deadline);
      Thread.sleep(20);
    }
    return runId;
  }

  private static void open(String path) {
    browser.get(base + path);
    waiting().until(d -> d.findElement(By.tagName("main")).isDisplayed());
  }

  private static String runStatus() {
    return waiting().until(d -> d.findElement(By.id("run-status"))).getAttribute("data-status");
  }

  private static void awaitRunStatus(String expected) {
    waiting()
        .withMessage(
            () ->
                "run status "
                    + expected
                    + " on "
                    + browser.getCurrentUrl()
                    + ":\n"
                    + browser.getPageSource())
        .until(
            d -> {
              if (expected.equals(d.findElement(By.id("run-status")).getAttribute("data-status"))) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
  }

  @Test
  void listShowsRunsNewestFirstWithCountsAndPagesByFunction() throws Exception {
    String older = failedOrderRun("o-list-1", "user-list");
    String newer = failedOrderRun("o-list-2", "user-list");

    open("/");

    List<String> ids =
        browser.findElements(By.cssSelector("#runs tr.run")).stream()
            .map(row -> row.getAttribute("data-run-id"))
            .toList();
    assertThat(ids).contains(older, newer);
    assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
    String failedCount =
        browser
            .findElement(By.cssSelector("#counts a.count.status-failed[href*='charge-order']"))
            .getText();
    assertThat(Long.parseLong(failedCount)).isGreaterThanOrEqualTo(2);
    screenshot("runs");
  }

  @Test
  void filteringByStatusAndSearchingByUserIdNarrowTheList() throws Exception {
    String mine = failedOrderRun("o-filter-1", "user-filter-7");
    failedOrderRun("o-filter-2", "user-someone-else");
    String sleeping = sleepingRun("o-filter-3");

    open("/");
    new Select(browser.findElement(By.id("filter-status"))).selectByValue("failed");
    // The script submits the filter when a select changes.
    waiting().until(d -> d.getCurrentUrl().contains("status=failed"));
    List<String> statuses =
        waiting()
            .until(
                d ->
                    d.findElements(By.cssSelector("#runs tr.run .badge")).stream()
                        .map(WebElement::getText)
                        .toList());
    assertThat(statuses).isNotEmpty().containsOnly("failed");
    assertThat(browser.findElements(By.cssSelector("tr[data-run-id='" + sleeping + "']")))
        .isEmpty();

    WebElement search = browser.findElement(By.id("filter-q"));
    search.clear();
    search.sendKeys("user-filter-7");
    browser.findElement(By.id("filter-submit")).click();
    waiting().until(d -> d.getCurrentUrl().contains("q=user-filter-7"));

    List<String> ids =
        waiting()
            .until(
                d ->
                    d.findElements(By.cssSelector("#runs tr.run")).stream()
                        .map(row -> row.getAttribute("data-run-id"))
                        .toList());
    assertThat(ids).containsExactly(mine);
  }

  @Test
  void aRunShowsItsStepsTimelineAndItsTriggerWithSecretsMasked() throws Exception {
    String runId = failedOrderRun("o-open-1", "user-open");

    open("/?q=" + runId);
    browser.findElement(By.cssSelector("a.run-link")).click();
    waiting().until(d -> d.findElement(By.id("steps")).isDisplayed());

    assertThat(browser.findElement(By.id("run-id")).getText()).isEqualTo(runId);
    assertThat(runStatus()).isEqualTo("failed");
    WebElement failedStep = browser.findElement(By.cssSelector("tr.step[data-step='charge-card']"));
    assertThat(failedStep.getText()).contains("failed").contains("payment provider unavailable");
    assertThat(browser.findElement(By.id("timeline")).isDisplayed()).isTrue();
    String trigger = browser.findElement(By.id("trigger")).getText();
    assertThat(trigger)
        .contains("\"paymentToken\" : \"****\"")
        .contains("a***@example.com")
        .contains("<script>alert('x')</script>")
        .doesNotContain("tok_live_SECRET123")
        .doesNotContain("ann.buyer@");
    // The script text in the event is shown as text, never run.
    assertThat(((JavascriptExecutor) browser).executeScript("return document.scripts.length"))
        .isEqualTo(1L);
    screenshot("run");
  }

  @Test
  void retryingAFailedRunCompletesItWithoutRepeatingItsCompletedSteps() throws Exception {
    String runId = failedOrderRun("o-retry-1", "user-retry");
    int reservations = shop.reservations.get();
    shop.paymentsUp.set(true);
    try {
      open("/runs/" + runId);
      browser.findElement(By.id("retry-button")).click();
      waiting().until(d -> d.getCurrentUrl().contains("op=retry&outcome=applied"));

      awaitRunStatus("completed");
    } finally {
      shop.paymentsUp.set(false);
    }
    RunRecord run = engine.run(runId).orElseThrow();
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
    assertThat(run.output().asText()).isEqualTo("charged");
    assertThat(run.step("reserve-stock").orElseThrow().attempts()).isEqualTo(1);
    assertThat(shop.reservations.get()).isEqualTo(reservations);
    assertThat(browser.findElement(By.cssSelector("tr.step[data-step='charge-card']")).getText())
        .contains("completed");
  }

  @Test
  void cancellingASleepingRunEndsIt() throws Exception {
    String runId = sleepingRun("o-cancel-1");

    open("/runs/" + runId);
    assertThat(browser.findElement(By.id("waits")).getText()).contains("sleeping until");
    browser.findElement(By.id("cancel-button")).click();
    waiting().until(d -> d.getCurrentUrl().contains("op=cancel&outcome=applied"));

    awaitRunStatus("cancelled");
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Cancel: done.");
    assertThat(engine.run(runId).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(browser.findElements(By.id("cancel-button"))).isEmpty();
  }

  @Test
  void anActionWithoutItsCsrfTokenIsRefused() throws Exception {
    String runId = sleepingRun("o-csrf-1");

    open("/runs/" + runId);
    // A forged form: the same action without the token, as another site would have to send it.
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector('#cancel-form input[name=csrf]').remove();");
    browser.findElement(By.id("cancel-button")).click();

    waiting().until(d -> d.getCurrentUrl().endsWith("/cancel"));
    String refusal = browser.findElement(By.tagName("body")).getText();
    assertThat(refusal).contains("Refused").contains("CSRF");
    assertThat(engine.run(runId).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
  }

  @Test
  void theFunctionsPageShowsTriggersCronsAndFailureRates() throws Exception {
    failedOrderRun("o-functions-1", "user-functions");

    open("/functions");

    WebElement cron = browser.findElement(By.cssSelector("tr[data-function='nightly-report']"));
    assertThat(cron.getText())
        .contains("TZ=Africa/Lagos 0 2 * * *")
        .contains("next ")
        .contains("WAT");
    WebElement charge = browser.findElement(By.cssSelector("tr[data-function='charge-order']"));
    assertThat(charge.getText())
        .contains("shop/order.created")
        .containsPattern("\\d+ % \\(\\d+ of \\d+\\)");
    assertThat(charge.findElements(By.cssSelector("svg.chart rect.failed-bar"))).isNotEmpty();
    screenshot("functions");
  }

  private static void screenshot(String name) throws IOException {
    Path shot =
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Path target = Path.of("target", "dashboard-screenshots");
    Files.createDirectories(target);
    Files.copy(shot, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    String docs = System.getProperty("dashboard.screenshots");
    if (docs != null && !docs.isBlank()) {
      Files.createDirectories(Path.of(docs));
      Files.copy(shot, Path.of(docs, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
