package io.github.handymanworkflows.sample.app;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Request validation that names the field at fault. */
final class Check {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private Check() {}

  static String text(@Nullable String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(field, "is required");
    }
    if (value.length() > max) {
      throw ApiException.invalid(field, "must be at most " + max + " characters");
    }
    return value.trim();
  }

  static @Nullable String optionalText(@Nullable String value, String field, int max) {
    return value == null || value.isBlank() ? null : text(value, field, max);
  }

  static String email(@Nullable String value, String field) {
    String email = text(value, field, 320);
    if (!EMAIL.matcher(email).matches()) {
      throw ApiException.invalid(field, "must be an email address");
    }
    return email.toLowerCase(java.util.Locale.ROOT);
  }

  static String password(@Nullable String value, String field) {
    if (value == null || value.length() < 8) {
      throw ApiException.invalid(field, "must be at least 8 characters");
    }
    if (value.length() > 200) {
      throw ApiException.invalid(field, "must be at most 200 characters");
    }
    return value;
  }

  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw ApiException.invalid(field, "is required");
    }
    return value;
  }

  static int between(@Nullable Integer value, String field, int min, int max) {
    if (value == null) {
      throw ApiException.invalid(field, "is required");
    }
    if (value < min || value > max) {
      throw ApiException.invalid(field, "must be between " + min + " and " + max);
    }
    return value;
  }
}
