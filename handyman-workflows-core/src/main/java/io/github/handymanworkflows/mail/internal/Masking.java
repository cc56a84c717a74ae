package io.github.handymanworkflows.mail.internal;

/**
 * Masks addresses for logs and {@code toString}: enough to tell messages apart, not to contact
 * anyone.
 */
public final class Masking {
  private Masking() {}

  /** {@code ada@example.com} becomes {@code a***@example.com}. */
  public static String maskEmail(String email) {
    int at = email.lastIndexOf('@');
    if (at <= 0) {
      return "***";
    }
    return email.charAt(0) + "***" + email.substring(at);
  }
}
