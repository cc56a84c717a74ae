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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the system's Chromium headless through the system's chromedriver: both paths are given, so
 * Selenium never looks for, or downloads, a driver or a browser.
 */
final class HeadlessChromium {

  static final String BROWSER = System.getProperty("chromium.binary", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  private HeadlessChromium() {}

  static WebDriver start() throws IOException {
    if (!Files.isExecutable(Path.of(BROWSER)) || !Files.isExecutable(Path.of(DRIVER))) {
      throw new IllegalStateException(
          "the dashboard's browser tests need Chromium at "
              + BROWSER
              + " and chromedriver at "
              + DRIVER
              + ": install the Debian packages chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver), or point the system properties"
              + " chromium.binary and chromedriver.binary at them");
    }
    System.setProperty("webdriver.chrome.driver", DRIVER);
    Path profile = Files.createTempDirectory("dashboard-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--window-size=1280,1100",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(DRIVER).toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(120))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
