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
package io.github.handymanworkflows.mail;

import io.github.handymanworkflows.mail.internal.ClasspathTemplateSource;
import io.github.handymanworkflows.mail.internal.DirectoryTemplateSource;
import io.github.handymanworkflows.mail.internal.MapTemplateSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where template text comes from. Host apps override any template by putting a source of their own
 * in front of the library's: {@code
 * TemplateSource.directory(dir).orElse(TemplateSource.classpath())}.
 */
public interface TemplateSource {

  /** The classpath folder of the library's own templates. */
  String CLASSPATH_FOLDER = "/io/github/handymanworkflows/mail/templates/";

  /**
   * The text of one part of a template, or empty when this source does not have it.
   *
   * @throws java.io.UncheckedIOException when the source has it but cannot read it
   */
  Optional<String> find(MailTemplate template, TemplatePart part);

  /** This source where it has a file, {@code fallback} where it does not. */
  default TemplateSource orElse(TemplateSource fallback) {
    Objects.requireNonNull(fallback, "fallback must not be null");
    TemplateSource first = this;
    return (template, part) -> {
      Optional<String> found = first.find(template, part);
      return found.isPresent() ? found : fallback.find(template, part);
    };
  }

  /** The library's templates, from {@value #CLASSPATH_FOLDER}. */
  static TemplateSource classpath() {
    return ClasspathTemplateSource.INSTANCE;
  }

  /**
   * Templates from a folder of {@code <name>.subject|html|txt} files, read on every render so edits
   * show at once.
   */
  static TemplateSource directory(Path folder) {
    return new DirectoryTemplateSource(folder);
  }

  /** Templates from a map of file name ({@code welcome.html}) to text. */
  static TemplateSource of(Map<String, String> templates) {
    return new MapTemplateSource(templates);
  }
}
