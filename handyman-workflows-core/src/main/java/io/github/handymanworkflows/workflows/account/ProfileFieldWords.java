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
