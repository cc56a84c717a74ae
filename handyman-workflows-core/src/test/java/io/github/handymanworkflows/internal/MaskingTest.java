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
package io.github.handymanworkflows.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @ParameterizedTest
  @CsvSource({
    "test@example.com, t***@example.com",
    "a@b, a***@b",
    "first.last+tag@mail.example.org, f***@mail.example.org",
    "no-at-sign, ****",
    "@example.com, ****",
    "trailing@, ****"
  })
  void masksEmailsToTheirFirstLetterAndDomain(String email, String masked) {
    assertThat(Masking.email(email)).isEqualTo(masked);
  }

  @Test
  void masksSecretsWithoutRevealingTheirLength() {
    assertThat(Masking.secret("a")).isEqualTo(Masking.secret("a much longer secret value"));
    assertThat(Masking.secret("9f86d081884c7d65")).isEqualTo("****");
  }

  @Test
  void keepsNullsDistinguishable() {
    assertThat(Masking.email(null)).isNull();
    assertThat(Masking.secret(null)).isNull();
  }
}
