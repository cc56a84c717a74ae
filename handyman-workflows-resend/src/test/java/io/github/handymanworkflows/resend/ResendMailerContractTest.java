package io.github.handymanworkflows.resend;

import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.test.contract.MailerContract;
import io.github.handymanworkflows.test.resend.FakeResendServer;
import org.junit.jupiter.api.AfterEach;

/** The Resend mailer passes the Mailer contract over real HTTP against a local Resend. */
class ResendMailerContractTest extends MailerContract {

  private FakeResendServer resend;

  @Override
  protected Mailer createMailer() throws Exception {
    resend = FakeResendServer.start("re_contract_key");
    return new ResendMailer(
        ResendSettings.builder("re_contract_key").baseUri(resend.baseUri()).build());
  }

  @Override
  protected int deliveredCount(String idempotencyKey) {
    // Counted by the logical email's reference, so emails that went out in a batch count too.
    String ref = ResendMailer.entityRef(idempotencyKey);
    return (int)
        resend.emails().stream()
            .filter(e -> ref.equals(e.headers().get("X-Entity-Ref-ID")))
            .count();
  }

  @AfterEach
  void stopServer() {
    resend.close();
  }
}
