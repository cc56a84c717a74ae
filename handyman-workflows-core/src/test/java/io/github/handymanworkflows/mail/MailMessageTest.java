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
package io.github.handymanworkflows.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.handymanworkflows.workflow.NonRetriableException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MailMessageTest {

  static MailMessage.Builder valid() {
    return MailMessage.builder()
        .from(Address.of("noreply@handyman.example", "Handyman"))
        .to(Address.of("ada@example.org", "Ada"))
        .subject("Welcome")
        .html("<p>secret html body</p>")
        .text("secret text body")
        .idempotencyKey("welcome:u1")
        .tag("workflow", "send-welcome-email");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("from", (UnaryOperator<MailMessage.Builder>) b -> b.from(null)),
        Arguments.of("subject", (UnaryOperator<MailMessage.Builder>) b -> b.subject(" ")),
        Arguments.of("subject", (UnaryOperator<MailMessage.Builder>) b -> b.subject("a\r\nBcc: x")),
        Arguments.of("html", (UnaryOperator<MailMessage.Builder>) b -> b.html("")),
        Arguments.of("text", (UnaryOperator<MailMessage.Builder>) b -> b.text(null)),
        Arguments.of(
            "idempotencyKey", (UnaryOperator<MailMessage.Builder>) b -> b.idempotencyKey(null)),
        Arguments.of(
            "idempotencyKey", (UnaryOperator<MailMessage.Builder>) b -> b.idempotencyKey("a b")),
        Arguments.of(
            "idempotencyKey",
            (UnaryOperator<MailMessage.Builder>) b -> b.idempotencyKey("k".repeat(257))),
        Arguments.of("tags", (UnaryOperator<MailMessage.Builder>) b -> b.tag("bad name", "x")),
        Arguments.of(
            "tags.workflow", (UnaryOperator<MailMessage.Builder>) b -> b.tag("workflow", "a=b")),
        Arguments.of(
            "tags.long", (UnaryOperator<MailMessage.Builder>) b -> b.tag("long", "v".repeat(257))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void validationErrorsNameTheField(String field, UnaryOperator<MailMessage.Builder> change) {
    assertThatThrownBy(() -> change.apply(valid()).build())
        .isInstanceOfSatisfying(
            MailValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).contains(field).doesNotContain("Bcc");
            })
        .isInstanceOf(NonRetriableException.class);
  }

  @Test
  void recipientsAreRequired() {
    MailMessage ok = valid().build();

    assertThatThrownBy(
            () ->
                new MailMessage(
                    ok.from(),
                    java.util.List.of(),
                    ok.replyTo(),
                    ok.subject(),
                    ok.html(),
                    ok.text(),
                    ok.idempotencyKey(),
                    ok.tags()))
        .isInstanceOfSatisfying(
            MailValidationException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void addressValidationNamesTheFieldAndHidesTheValue() {
    assertThatThrownBy(() -> Address.of("not-an-address"))
        .isInstanceOfSatisfying(
            MailValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("address.email");
              assertThat(e.getMessage()).doesNotContain("not-an-address");
            });
    assertThatThrownBy(() -> Address.of("a@b.example", "Eve\r\nBcc: x"))
        .isInstanceOfSatisfying(
            MailValidationException.class,
            e -> assertThat(e.field()).isEqualTo("address.displayName"));
  }

  @Test
  void toStringHidesBodiesAndFullAddresses() {
    String text = valid().build().toString();

    assertThat(text)
        .contains("welcome:u1", "a***@example.org", "send-welcome-email")
        .doesNotContain("ada@example.org", "noreply@", "secret", "Ada");
  }

  @Test
  void acceptsResendStyleTagsAndKeys() {
    MailMessage message =
        valid().idempotencyKey("verify:u1:t-0a1b2c").tag("email", "verify-email").build();

    assertThat(message.tags()).containsEntry("email", "verify-email").hasSize(2);
    assertThat(message.replyTo()).isEmpty();
  }
}
