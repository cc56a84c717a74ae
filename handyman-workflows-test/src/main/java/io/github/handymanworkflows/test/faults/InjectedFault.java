package io.github.handymanworkflows.test.faults;

/**
 * The transient failure a {@link FaultInjector} throws from a port call (a mailer gets a {@link
 * io.github.handymanworkflows.mail.MailDeliveryException} instead). Retriable, like a timeout.
 */
public final class InjectedFault extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public InjectedFault(String message) {
    super(message);
  }
}
