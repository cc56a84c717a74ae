package io.github.handymanworkflows.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.handymanworkflows.domain.Role;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MaskingInToStringTest {

  private static final List<String> SENSITIVE = List.of("email", "token");

  static Stream<Arguments> typesAndSeeds() {
    return EventCatalogue.types().stream()
        .flatMap(type -> IntStream.range(0, 5).mapToObj(seed -> Arguments.of(type, seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("typesAndSeeds")
  void toStringNeverContainsATokenOrAFullEmailAddress(EventType<?> type, int seed)
      throws Exception {
    Object payload = new CatalogueSamples(seed).sample(type);
    String text = payload.toString();

    for (RecordComponent component : type.payloadType().getRecordComponents()) {
      if (SENSITIVE.contains(component.getName())) {
        String value = (String) component.getAccessor().invoke(payload);
        assertThat(text).doesNotContain(value).contains(component.getName() + "=");
      }
    }
    assertThat(text).startsWith(type.payloadType().getSimpleName() + "[");
  }

  @Test
  void masksTheTokenCompletelyAndTheEmailToItsFirstLetterAndDomain() {
    EmailVerificationRequested requested =
        new EmailVerificationRequested(
            "user-1",
            "test@example.com",
            "Test",
            "9f86d081884c7d659a2feaa0c55ad015",
            Instant.parse("2026-11-28T10:00:00Z"));

    assertThat(requested.toString())
        .contains("token=****")
        .contains("email=t***@example.com")
        .contains("userId=user-1")
        .contains("expiresAt=2026-11-28T10:00:00Z")
        .doesNotContain("9f86d0")
        .doesNotContain("test@");
  }

  @Test
  void masksEmailsOfEveryUserEvent() {
    UserRegistered registered =
        new UserRegistered("user-1", "ngozi@example.com", "Ngozi", null, Role.HANDYMAN);

    assertThat(registered.toString())
        .isEqualTo(
            "UserRegistered[userId=user-1, email=n***@example.com, firstName=Ngozi,"
                + " lastName=null, role=HANDYMAN]");
  }
}
