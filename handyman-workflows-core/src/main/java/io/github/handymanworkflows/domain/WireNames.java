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
package io.github.handymanworkflows.domain;

import java.util.Locale;

/**
 * The JSON spelling of the library's enums: lower case, words joined by hyphens.
 *
 * <p>Decoding is lenient about case and accepts underscores for hyphens, so {@code "Customer"},
 * {@code "PASSWORD_RESET"} and {@code "password-reset"} all read.
 */
final class WireNames {

  // The spellings of each enum by ordinal, made once: every event carrying an enum field would
  // otherwise hold its own copy of the same few strings for as long as its run lives.
  private static final ClassValue<String[]> SPELLINGS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] spellings = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            spellings[i] = spell((Enum<?>) constants[i]);
          }
          return spellings;
        }
      };

  private WireNames() {}

  static String of(Enum<?> constant) {
    return SPELLINGS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  private static String spell(Enum<?> constant) {
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
