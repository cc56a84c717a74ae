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
package io.github.handymanworkflows.engine.internal;

import java.time.Instant;
import java.util.Random;

/** ULIDs (time-ordered, Crockford base 32), Inngest's id format for runs and events. */
public final class Ulid {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  private Ulid() {}

  /** A ULID for an instant, with 80 random bits from the given source. */
  public static String next(Instant at, Random random) {
    char[] out = new char[26];
    long time = at.toEpochMilli();
    for (int i = 9; i >= 0; i--) {
      out[i] = ALPHABET[(int) (time & 31)];
      time >>>= 5;
    }
    for (int i = 10; i < 26; i++) {
      out[i] = ALPHABET[random.nextInt(32)];
    }
    return new String(out);
  }

  /**
   * The ULID after {@code previous} in sort order (its random part plus one), so ids made in the
   * same millisecond still sort in the order they were made.
   */
  public static String successor(String previous) {
    char[] out = previous.toCharArray();
    for (int i = out.length - 1; i >= 0; i--) {
      int digit = new String(ALPHABET).indexOf(out[i]);
      if (digit < ALPHABET.length - 1) {
        out[i] = ALPHABET[digit + 1];
        return new String(out);
      }
      out[i] = ALPHABET[0];
    }
    throw new IllegalStateException("no ULID after " + previous);
  }
}
