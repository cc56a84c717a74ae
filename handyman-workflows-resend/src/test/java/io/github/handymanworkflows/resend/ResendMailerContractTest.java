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
    return resend.deliveredCount(idempotencyKey);
  }

  @AfterEach
  void stopServer() {
    resend.close();
  }
}
