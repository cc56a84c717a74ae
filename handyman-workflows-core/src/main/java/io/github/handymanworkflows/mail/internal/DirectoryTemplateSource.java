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
package io.github.handymanworkflows.mail.internal;

import io.github.handymanworkflows.mail.MailTemplate;
import io.github.handymanworkflows.mail.TemplatePart;
import io.github.handymanworkflows.mail.TemplateSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Templates in a folder, read on every lookup so a developer sees edits without a restart. */
public final class DirectoryTemplateSource implements TemplateSource {

  private final Path folder;

  /** A source reading {@code <folder>/<name>.<ext>}. */
  public DirectoryTemplateSource(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder must not be null");
  }

  @Override
  public Optional<String> find(MailTemplate template, TemplatePart part) {
    Path file = folder.resolve(template.fileName(part));
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read template " + file, e);
    }
  }

  @Override
  public String toString() {
    return "directory:" + folder;
  }
}
