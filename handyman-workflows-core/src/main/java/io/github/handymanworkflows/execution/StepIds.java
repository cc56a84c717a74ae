package io.github.handymanworkflows.execution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Hashes user step ids the way Inngest SDKs do: lowercase hex SHA-1 of the id; the n-th repeat of
 * an id within one call hashes {@code id:n}, skipping indices already taken by explicit ids.
 *
 * <p>One instance per call: counters advance in code order, which is why code outside steps must be
 * deterministic.
 */
public final class StepIds {

  private final Map<String, Integer> counts = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  /** The hashed id for the next occurrence of a user id. */
  public String next(String userId) {
    int count = counts.getOrDefault(userId, 0);
    String candidate = count == 0 ? userId : userId + ":" + count;
    String hash = hash(candidate);
    while (used.contains(hash)) {
      count++;
      candidate = userId + ":" + count;
      hash = hash(candidate);
    }
    counts.put(userId, count + 1);
    used.add(hash);
    return hash;
  }

  /** Lowercase hex SHA-1 of the UTF-8 bytes of a string. */
  public static String hash(String value) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(sha1.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
    }
  }
}
