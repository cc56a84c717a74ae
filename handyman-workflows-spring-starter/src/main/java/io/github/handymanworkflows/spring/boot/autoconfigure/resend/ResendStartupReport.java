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
package io.github.handymanworkflows.spring.boot.autoconfigure.resend;

import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.OutboxMailer;
import io.github.handymanworkflows.resend.ResendMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Logs once at startup which mailer sends the emails. With the Resend module present but no key, a
 * warning says plainly that nothing goes to Resend, so a deployment that forgot the key notices.
 */
final class ResendStartupReport implements SmartInitializingSingleton {

  private static final Logger LOGGER = LoggerFactory.getLogger(ResendStartupReport.class);

  private final ResendProperties properties;
  private final ObjectProvider<Mailer> mailer;

  ResendStartupReport(ResendProperties properties, ObjectProvider<Mailer> mailer) {
    this.properties = properties;
    this.mailer = mailer;
  }

  /**
   * What the log line says, for tests: {@code resend}, {@code outbox}, {@code host} or {@code
   * none}.
   */
  String mode() {
    Mailer active = mailer.getIfAvailable();
    if (active instanceof ResendMailer) {
      return "resend";
    }
    if (active instanceof OutboxMailer) {
      return "outbox";
    }
    return active == null ? "none" : "host";
  }

  @Override
  public void afterSingletonsInstantiated() {
    Mailer active = mailer.getIfAvailable();
    switch (mode()) {
      case "resend" ->
          LOGGER.info(
              "handyman-workflows sends email through Resend at {}",
              ((ResendMailer) active).settings().baseUri());
      case "outbox" ->
          LOGGER.warn(
              "\n*** handyman-workflows-resend is on the classpath but {} is not set:"
                  + " emails are NOT sent through Resend. They are written to the outbox folder"
                  + " {} instead. Set the key to send real email. ***",
              ResendAutoConfiguration.API_KEY,
              ((OutboxMailer) active).directory().toAbsolutePath());
      case "host" -> {
        if (properties.getApiKey() != null) {
          LOGGER.info(
              "handyman-workflows uses the application's own Mailer ({}); {} is ignored",
              active.getClass().getName(),
              ResendAutoConfiguration.API_KEY);
        }
      }
      default -> LOGGER.warn("handyman-workflows has no Mailer: no email is sent");
    }
  }
}
