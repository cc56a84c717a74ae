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
package io.github.handymanworkflows.execution;

import io.github.handymanworkflows.internal.SharedTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hashes user step ids the way Inngest SDKs do: lowercase hex SHA-1 of the id; the n-th repeat of
 * an id within one call hashes {@code id:n}, skipping indices already taken by explicit ids.
 *
 * <p>One instance per call: counters advance in code order, which is why code outside steps must be
 * deterministic.
 */
public final class StepIds {

  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /**
   * Ids at most this long are remembered with their hash in {@link #SHARED}; longer ones (rare,
   * usually built from data) are hashed each time.
   */
  private static final int MAX_SHARED_ID_LENGTH = 128;

  /** How many ids {@link #SHARED} remembers before it starts afresh. */
  private static final int MAX_SHARED = 4_096;

  /**
   * Hashes of recent ids, shared by every call. Every run of a function hashes the same few ids on
   * every call, and a run keeps its hashes (memo keys, step records, timers) as long as it lives:
   * one string per id instead of one per run and call saves heap for every sleeping run, and the
   * lookup costs less than the SHA-1 it skips.
   */
  private static final SharedTable<String, String> SHARED = new SharedTable<>(MAX_SHARED);

  private final Map<String, Integer> counts;
  private final Set<String> used;
  // One digest for the whole call, made on the first id not shared yet: looking one up costs
  // more than hashing a short id.
  private @Nullable MessageDigest sha1;

  /** Ids for a call of a few steps. */
  public StepIds() {
    this(0);
  }

  /**
   * Ids for a call expected to reach about {@code expectedIds} steps, such as a replay of that many
   * memoized steps: sized once instead of growing step by step.
   */
  public StepIds(int expectedIds) {
    int capacity = Math.max(16, (int) Math.ceil(expectedIds / 0.75));
    counts = new HashMap<>(capacity);
    used = new HashSet<>(capacity);
  }

  /** The hashed id for the next occurrence of a user id. */
  public String next(String userId) {
    int count = counts.getOrDefault(userId, 0);
    String candidate = count == 0 ? userId : userId + ":" + count;
    String hash = sharedHash(candidate);
    while (used.contains(hash)) {
      count++;
      candidate = userId + ":" + count;
      hash = sharedHash(candidate);
    }
    counts.put(userId, count + 1);
    used.add(hash);
    return hash;
  }

  private String sharedHash(String candidate) {
    String hash = SHARED.get(candidate);
    if (hash != null) {
      return hash;
    }
    MessageDigest digest = sha1;
    if (digest == null) {
      digest = newSha1();
      sha1 = digest;
    }
    hash = hash(digest, candidate);
    return candidate.length() <= MAX_SHARED_ID_LENGTH ? SHARED.share(candidate, hash) : hash;
  }

  /** Lowercase hex SHA-1 of the UTF-8 bytes of a string. */
  public static String hash(String value) {
    return hash(newSha1(), value);
  }

  private static String hash(MessageDigest sha1, String value) {
    byte[] digest = sha1.digest(value.getBytes(StandardCharsets.UTF_8));
    byte[] hex = new byte[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      hex[2 * i] = HEX_DIGITS[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX_DIGITS[digest[i] & 0xf];
    }
    return new String(hex, StandardCharsets.ISO_8859_1);
  }

  private static MessageDigest newSha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
    }
  }
}
