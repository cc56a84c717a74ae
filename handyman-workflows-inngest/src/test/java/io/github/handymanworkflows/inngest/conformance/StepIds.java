package io.github.handymanworkflows.inngest.conformance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Hashed step ids (inngest-protocol.md §4.5): lowercase hex SHA-1 of the user's step id. */
public final class StepIds {

  private StepIds() {}

  /**
   * {@code H(userId)}; pass {@code "loop-item:1"} for the second occurrence of {@code "loop-item"}.
   */
  public static String hash(String userId) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(userId.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-1 unavailable", e);
    }
  }
}
