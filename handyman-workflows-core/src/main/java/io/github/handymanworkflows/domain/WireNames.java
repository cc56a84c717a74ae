package io.github.handymanworkflows.domain;

import java.util.Locale;

/**
 * The JSON spelling of the library's enums: lower case, words joined by hyphens.
 *
 * <p>Decoding is lenient about case and accepts underscores for hyphens, so {@code "Customer"},
 * {@code "PASSWORD_RESET"} and {@code "password-reset"} all read.
 */
final class WireNames {

  private WireNames() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parse(Class<E> type, String wire, String what) {
    String normalized = wire.trim().replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(normalized)) {
        return constant;
      }
    }
    // The value is left out: enum fields can hold user input and messages must not echo it.
    throw new IllegalArgumentException("unknown " + what);
  }
}
