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
package io.github.handymanworkflows.handyman;

import java.util.Locale;
import java.util.Objects;

/**
 * The one spelling of a skill, so that {@code "Plumbing "} on a profile matches {@code "plumbing"}
 * on a job (the original matched case-sensitively, §2.3 #10).
 */
public final class Skills {

  private Skills() {}

  /**
   * Trims, collapses inner whitespace and lower-cases a skill.
   *
   * @throws IllegalArgumentException when the skill is blank
   */
  public static String normalize(String skill) {
    Objects.requireNonNull(skill, "skill must not be null");
    String normalized = skill.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException("skill must not be blank");
    }
    return normalized;
  }
}
