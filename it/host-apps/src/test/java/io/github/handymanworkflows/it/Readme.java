package io.github.handymanworkflows.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's README.md and the paths it refers to, located by the build. */
final class Readme {

  private Readme() {}

  /** The repository's root directory (system property {@code repository.root}, set by the POM). */
  static Path root() {
    String root = System.getProperty("repository.root");
    if (root == null) {
      throw new IllegalStateException("system property repository.root is not set (see the POM)");
    }
    return Path.of(root).toAbsolutePath().normalize();
  }

  static String text() {
    return read(root().resolve("README.md"));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
