package io.github.handymanworkflows.event;

/**
 * A user must confirm their email address ({@code auth/email.verification.requested}); triggers the
 * verification email.
 *
 * <p>The payload names the token by id only: the raw token never travels in an event, which the
 * workflow engine stores (§8 G.35). The email step derives it from the stored record with the
 * {@link io.github.handymanworkflows.token.TokenSecret} and sends it to the address on the account,
 * so an event cannot redirect the link elsewhere. Issue the token with {@link
 * io.github.handymanworkflows.token.TokenIssuer}.
 *
 * @param userId the user's id
 * @param tokenId the id of the stored verification token
 */
public record EmailVerificationRequested(String userId, String tokenId) {

  /** The wire name {@code auth/email.verification.requested}. */
  public static final EventType<EmailVerificationRequested> TYPE =
      EventType.of("auth/email.verification.requested", EmailVerificationRequested.class);

  private static final Fields FIELDS = Fields.of(TYPE);

  /**
   * Validates the payload.
   *
   * @throws EventValidationException naming the first missing or malformed field
   */
  public EmailVerificationRequested {
    FIELDS.text("userId", userId);
    FIELDS.text("tokenId", tokenId);
  }
}
