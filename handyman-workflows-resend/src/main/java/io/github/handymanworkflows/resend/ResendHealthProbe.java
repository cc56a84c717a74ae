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
package io.github.handymanworkflows.resend;

import io.github.handymanworkflows.health.HealthProbe;
import io.github.handymanworkflows.health.ProbeResult;
import java.time.Duration;
import java.util.Objects;

/**
 * The Resend mailer's {@link HealthProbe}: DOWN while its circuit breaker is open, else one cheap
 * authenticated request with its latency measured. The detail names the breaker state and, when
 * down, the HTTP status and Resend's error name or the exception type; never the key.
 */
public final class ResendHealthProbe implements HealthProbe {

  /** The probe's name in health output and alerts. */
  public static final String NAME = "resend";

  private final ResendMailer mailer;

  /** A probe of {@code mailer}'s connection and breaker. */
  public ResendHealthProbe(ResendMailer mailer) {
    this.mailer = Objects.requireNonNull(mailer, "mailer must not be null");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeResult check() {
    try {
      return mailer.ping(NAME);
    } catch (RuntimeException e) {
      return ProbeResult.down(NAME, Duration.ZERO, e.getClass().getSimpleName());
    }
  }
}
