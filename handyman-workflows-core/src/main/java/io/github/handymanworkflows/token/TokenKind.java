package io.github.handymanworkflows.token;

/** What a token lets its holder do. */
public enum TokenKind {
  /** Confirm an e-mail address. */
  VERIFICATION,
  /** Set a new password. */
  PASSWORD_RESET,
  /** Obtain a new access token. */
  REFRESH
}
