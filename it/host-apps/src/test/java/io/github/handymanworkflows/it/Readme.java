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
