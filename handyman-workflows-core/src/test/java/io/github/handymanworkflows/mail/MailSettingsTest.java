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

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailSettingsTest {

  private static MailSettings.Builder base() {
    return MailSettings.builder()
        .from(Address.of("noreply@handyman.example", "Handyman"))
        .brandName("Handyman")
        .supportEmail("help@handyman.example")
        .frontendBaseUrl("https://app.handyman.example/");
  }

  @Test
  void buildsLinksFromDefaultRoutes() {
    MailSettings settings = base().build();

    assertThat(settings.link(LinkRoute.LOGIN)).isEqualTo("https://app.handyman.example/login");
    assertThat(settings.link(LinkRoute.JOB_DETAILS, Map.of("jobId", "j-1")))
        .isEqualTo("https://app.handyman.example/jobs/j-1");
    assertThat(settings.link(LinkRoute.REVIEW, Map.of("jobId", "j-1")))
        .isEqualTo("https://app.handyman.example/jobs/j-1/review");
    assertThat(settings.link(LinkRoute.VERIFY_EMAIL, Map.of("token", "abc")))
        .isEqualTo("https://app.handyman.example/verify-email?token=abc");
    assertThat(settings.link(LinkRoute.RESET_PASSWORD, Map.of("token", "abc")))
        .isEqualTo("https://app.handyman.example/reset-password/abc");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a b|a%20b",
        "a/b|a%2Fb",
        "a?b=c&d#e|a%3Fb%3Dc%26d%23e",
        "é|%C3%A9",
        "-._~|-._~",
        "../x|..%2Fx",
        "+%|%2B%25"
      })
  void encodesInsertedValues(String value, String encoded) {
    assertThat(base().build().link(LinkRoute.RESET_PASSWORD, Map.of("token", value)))
        .isEqualTo("https://app.handyman.example/reset-password/" + encoded);
  }

  @Test
  void customRoutesWin() {
    MailSettings settings =
        base()
            .frontendBaseUrl("http://localhost:3000")
            .route(LinkRoute.VERIFY_EMAIL, "/auth/verify/{token}")
            .build();

    assertThat(settings.link(LinkRoute.VERIFY_EMAIL, Map.of("token", "t 1")))
        .isEqualTo("http://localhost:3000/auth/verify/t%201");
    assertThat(settings.link(LinkRoute.DASHBOARD)).isEqualTo("http://localhost:3000/dashboard");
  }

  @Test
  void missingOrUnknownParametersNameRouteAndParameter() {
    MailSettings settings = base().build();

    assertThatThrownBy(() -> settings.link(LinkRoute.JOB_DETAILS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JOB_DETAILS")
        .hasMessageContaining("jobId");
    assertThatThrownBy(() -> settings.link(LinkRoute.LOGIN, Map.of("next", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LOGIN")
        .hasMessageContaining("next");
  }

  @Test
  void rejectsBadSettingsNamingTheField() {
    assertThatThrownBy(() -> base().frontendBaseUrl("javascript:alert(1)").build())
        .hasMessageContaining("frontendBaseUrl");
    assertThatThrownBy(() -> base().frontendBaseUrl("https://x.example/?a=b").build())
        .hasMessageContaining("frontendBaseUrl");
    assertThatThrownBy(() -> base().route(LinkRoute.LOGIN, "login").build())
        .hasMessageContaining("LOGIN");
    assertThatThrownBy(() -> base().brandName(" ").build()).hasMessageContaining("brandName");
    assertThatThrownBy(() -> base().supportEmail("nope").build())
        .hasMessageContaining("supportEmail");
  }

  @Test
  void keepsAPathPrefixOfTheBaseUrl() {
    MailSettings settings = base().frontendBaseUrl("https://x.example/app/").build();

    assertThat(settings.link(LinkRoute.LOGIN)).isEqualTo("https://x.example/app/login");
  }
}
