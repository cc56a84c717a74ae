/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
