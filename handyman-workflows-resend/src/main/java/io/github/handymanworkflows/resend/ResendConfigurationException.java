package io.github.handymanworkflows.resend;

/**
 * The Resend adapter cannot start with the settings it was given: no API key, a base URL that is
 * not absolute, plain HTTP to a remote host, a non-positive timeout.
 *
 * <p>The message names the setting, never its value.
 */
public final class ResendConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A configuration error described by {@code message}. */
  public ResendConfigurationException(String message) {
    super(message);
  }
}
