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
package io.github.handymanworkflows.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.inngest.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignedBodiesTest {

  private static final String KEY = "signkey-test-62656e63686d61726b2d6f6e6c792d6b6579";
  private static final long NOW = 1_767_225_600L;
  private static final byte[] TEMPLATE =
      ("{\"ctx\":{\"run_id\":\"01JBENCHRUN0000000000000000\",\"stack\":{\"stack\":[]}},"
              + "\"event\":{\"data\":{},\"name\":\"bench/run\"},\"steps\":{}}")
          .getBytes(StandardCharsets.UTF_8);

  private final Signatures verifier =
      new Signatures(KEY, null, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

  @Test
  void everyBodyIsNewAndCarriesASignatureTheLibraryAccepts() {
    SignedBodies bodies = new SignedBodies(TEMPLATE, KEY, 3);
    Set<String> seenBodies = new HashSet<>();
    Set<String> seenMacs = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      String header = bodies.next(NOW);
      Optional<Signatures.Verified> verified = verifier.check(header, bodies.body());
      assertThat(verified).isPresent();
      assertThat(seenMacs.add(verified.get().mac())).isTrue();
      assertThat(seenBodies.add(new String(bodies.body(), StandardCharsets.UTF_8))).isTrue();
    }
    assertThat(new String(bodies.body(), StandardCharsets.UTF_8))
        .contains("\"run_id\":\"01JBENCHRUN0000000300000049\"");
  }

  @Test
  void generatorsOfDifferentStreamsNeverShareABody() {
    SignedBodies first = new SignedBodies(TEMPLATE, KEY, 0);
    SignedBodies second = new SignedBodies(TEMPLATE, KEY, 1);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      first.next(NOW);
      assertThat(seen.add(new String(first.body(), StandardCharsets.UTF_8))).isTrue();
      second.next(NOW);
      assertThat(seen.add(new String(second.body(), StandardCharsets.UTF_8))).isTrue();
    }
  }

  @Test
  void unsignedBodiesCarryNoHeaderAndAreRefusedByTheVerifier() {
    SignedBodies bodies = new SignedBodies(TEMPLATE, null, 0);
    assertThat(bodies.next(NOW)).isEmpty();
    assertThat(verifier.check("t=" + NOW + "&s=00", bodies.body())).isEmpty();
  }

  @Test
  void aTemplateWithoutARunIdIsRefusedWithTheReason() {
    assertThatThrownBy(
            () -> new SignedBodies("{\"ctx\":{}}".getBytes(StandardCharsets.UTF_8), KEY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run_id");
  }
}
