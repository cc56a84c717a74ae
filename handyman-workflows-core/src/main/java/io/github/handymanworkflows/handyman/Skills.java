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
