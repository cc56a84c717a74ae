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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The library's templates on the classpath; read once, since jars do not change. */
public final class ClasspathTemplateSource implements TemplateSource {

  /** The one instance. */
  public static final ClasspathTemplateSource INSTANCE = new ClasspathTemplateSource();

  private final ConcurrentMap<String, Optional<String>> cache = new ConcurrentHashMap<>();

  private ClasspathTemplateSource() {}

  @Override
  public Optional<String> find(MailTemplate template, TemplatePart part) {
    return cache.computeIfAbsent(template.fileName(part), ClasspathTemplateSource::read);
  }

  private static Optional<String> read(String fileName) {
    try (InputStream in =
        ClasspathTemplateSource.class.getResourceAsStream(CLASSPATH_FOLDER + fileName)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read template " + fileName, e);
    }
  }

  @Override
  public String toString() {
    return "classpath:" + CLASSPATH_FOLDER;
  }
}
