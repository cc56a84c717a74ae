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
package io.github.handymanworkflows.inngest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InngestConfigTest {

  private static final String KEY = "signkey-prod-12345678";

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void defaultsToCloudModeAndTheHandymanAppId() {
    InngestConfig config = InngestConfig.fromEnvironment(env());
    assertThat(config.mode()).isEqualTo(InngestConfig.Mode.CLOUD);
    assertThat(config.appId()).isEqualTo("handyman-app");
    assertThat(config.apiBaseUrl()).isEqualTo(URI.create("https://api.inngest.com"));
    assertThat(config.eventApiBaseUrl()).isEqualTo(URI.create("https://inn.gs"));
    assertThat(config.allowInBandSync()).isTrue();
  }

  @Test
  void aHostNamesItsOwnAppIdWhichTheVariableOverrides() {
    assertThat(InngestConfig.fromEnvironment(env(), "host-shop").appId()).isEqualTo("host-shop");
    assertThat(
            InngestConfig.fromEnvironment(env("INNGEST_APP_ID", "from-env"), "host-shop").appId())
        .isEqualTo("from-env");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "0", "false", "FALSE"})
  void readsFalsyInngestDevAsCloud(String value) {
    assertThat(InngestConfig.fromEnvironment(env("INNGEST_DEV", value)).isDev()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "true", "True"})
  void readsTruthyInngestDevAsTheLocalDevServer(String value) {
    InngestConfig config = InngestConfig.fromEnvironment(env("INNGEST_DEV", value));
    assertThat(config.isDev()).isTrue();
    assertThat(config.apiBaseUrl()).isEqualTo(URI.create("http://localhost:8288"));
    assertThat(config.eventApiBaseUrl()).isEqualTo(URI.create("http://localhost:8288"));
  }

  @Test
  void readsAUrlInInngestDevAsTheDevServerOrigin() {
    InngestConfig config =
        InngestConfig.fromEnvironment(env("INNGEST_DEV", "http://192.168.1.5:8288/"));
    assertThat(config.isDev()).isTrue();
    assertThat(config.apiBaseUrl()).isEqualTo(URI.create("http://192.168.1.5:8288"));
  }

  @Test
  void rejectsAnUnreadableInngestDevNamingTheVariable() {
    assertThatThrownBy(() -> InngestConfig.fromEnvironment(env("INNGEST_DEV", "yes please")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INNGEST_DEV");
  }

  @Test
  void devModeAcceptsAnyEventKey() {
    InngestConfig config = InngestConfig.fromEnvironment(env("INNGEST_DEV", "1"));
    assertThat(config.eventKey()).isPresent();
    assertThat(config.hasEventKey()).isFalse();
  }

  @Test
  void specificBaseUrlsTakePrecedenceOverTheCommonOne() {
    InngestConfig config =
        InngestConfig.fromEnvironment(
            env(
                "INNGEST_BASE_URL", "http://common:1",
                "INNGEST_API_BASE_URL", "http://api:2",
                "INNGEST_DEV", "1"));
    assertThat(config.apiBaseUrl()).isEqualTo(URI.create("http://api:2"));
    assertThat(config.eventApiBaseUrl()).isEqualTo(URI.create("http://common:1"));
    InngestConfig events =
        InngestConfig.fromEnvironment(
            env("INNGEST_BASE_URL", "http://common:1", "INNGEST_EVENT_API_BASE_URL", "http://e:3"));
    assertThat(events.apiBaseUrl()).isEqualTo(URI.create("http://common:1"));
    assertThat(events.eventApiBaseUrl()).isEqualTo(URI.create("http://e:3"));
  }

  @Test
  void readsEveryOtherVariable() {
    InngestConfig config =
        InngestConfig.fromEnvironment(
            env(
                "INNGEST_APP_ID", "shop-app",
                "INNGEST_SIGNING_KEY", KEY,
                "INNGEST_SIGNING_KEY_FALLBACK", "signkey-prod-abcd",
                "INNGEST_EVENT_KEY", "evt",
                "INNGEST_ENV", "branch-1",
                "INNGEST_SERVE_ORIGIN", "https://app.example.com",
                "INNGEST_SERVE_PATH", "/api/inngest",
                "INNGEST_ALLOW_IN_BAND_SYNC", "false"));
    assertThat(config.appId()).isEqualTo("shop-app");
    assertThat(config.signingKey()).contains(KEY);
    assertThat(config.signingKeyFallback()).contains("signkey-prod-abcd");
    assertThat(config.eventKey()).contains("evt");
    assertThat(config.env()).contains("branch-1");
    assertThat(config.serveOrigin()).contains(URI.create("https://app.example.com"));
    assertThat(config.servePath()).contains("/api/inngest");
    assertThat(config.allowInBandSync()).isFalse();
  }

  @Test
  void rejectsMalformedUrlsNamingTheVariable() {
    assertThatThrownBy(() -> InngestConfig.fromEnvironment(env("INNGEST_API_BASE_URL", "ftp://x")))
        .hasMessageContaining("INNGEST_API_BASE_URL");
    assertThatThrownBy(() -> InngestConfig.fromEnvironment(env("INNGEST_SERVE_PATH", "api")))
        .hasMessageContaining("INNGEST_SERVE_PATH");
  }

  @Test
  void cloudModeWithoutASigningKeyRefusesToStartNamingWhatToSet() {
    InngestConfig config = InngestConfig.fromEnvironment(env());
    assertThatThrownBy(config::validate)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INNGEST_SIGNING_KEY")
        .hasMessageContaining("INNGEST_DEV=1");
  }

  @Test
  void devModeStartsWithoutAKey() {
    InngestConfig config = InngestConfig.fromEnvironment(env("INNGEST_DEV", "1"));
    assertThat(config.validate()).isSameAs(config);
  }

  @Test
  void rejectsANonHexSigningKeyWithoutPrintingIt() {
    InngestConfig config = InngestConfig.builder().signingKey("signkey-prod-secretzz").build();
    assertThatThrownBy(config::validate)
        .hasMessageContaining("INNGEST_SIGNING_KEY")
        .hasMessageNotContaining("secretzz");
  }

  @Test
  void toStringNeverPrintsKeys() {
    InngestConfig config =
        InngestConfig.builder()
            .signingKey(KEY)
            .signingKeyFallback("signkey-prod-abcdef")
            .eventKey("my-event-key")
            .build();
    assertThat(config.toString())
        .doesNotContain("12345678")
        .doesNotContain("abcdef")
        .doesNotContain("my-event-key")
        .contains("signingKey=set");
  }
}
