package io.github.handymanworkflows.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of single-purpose tokens the marketplace issues and expires.
 *
 * <p>In JSON a kind is its lower-case, hyphenated name ({@code "verification"}, {@code
 * "password-reset"}, {@code "refresh"}), the spelling of the original app; any case reads, and
 * {@code password_reset} does too.
 */
public enum TokenKind {
  /** Confirms an email address. */
  VERIFICATION,
  /** Lets a user choose a new password. */
  PASSWORD_RESET,
  /** Renews a session's access token. */
  REFRESH;

  /** The JSON spelling, for example {@code password-reset}. */
  @JsonValue
  public String wireName() {
    return WireNames.of(this);
  }

  /**
   * Reads the JSON spelling, ignoring case.
   *
   * @throws IllegalArgumentException for an unknown kind
   */
  @JsonCreator
  public static TokenKind fromWireName(String wireName) {
    return WireNames.parse(TokenKind.class, wireName, "token kind");
  }
}
