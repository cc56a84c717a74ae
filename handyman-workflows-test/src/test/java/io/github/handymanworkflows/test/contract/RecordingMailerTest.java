package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.mail.Mailer;
import io.github.handymanworkflows.mail.RecordingMailer;

/** The in-memory recording mailer passes the contract every adapter must pass. */
class RecordingMailerTest extends MailerContract {

  private RecordingMailer recording;

  @Override
  protected Mailer createMailer() {
    recording = new RecordingMailer();
    return recording;
  }

  @Override
  protected int deliveredCount(String idempotencyKey) {
    return recording.deliveredCount(idempotencyKey);
  }
}
