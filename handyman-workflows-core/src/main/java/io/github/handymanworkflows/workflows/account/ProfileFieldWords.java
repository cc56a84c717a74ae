package io.github.handymanworkflows.workflows.account;

import java.util.List;
import java.util.Map;

/**
 * The profile field names of {@code ProfileCompleteness} in words for the reminder email ("phone
 * number", not "phone"). Unknown names pass through unchanged, so a host's own checks still read.
 */
final class ProfileFieldWords {

  private static final Map<String, String> WORDS =
      Map.of(
          "firstName", "first name",
          "lastName", "last name",
          "phone", "phone number",
          "address", "address",
          "skills", "the skills you offer",
          "location", "where you work from",
          "bio", "a short bio");

  private ProfileFieldWords() {}

  static List<String> of(List<String> fieldNames) {
    return fieldNames.stream().map(name -> WORDS.getOrDefault(name, name)).toList();
  }
}
