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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Templates held in memory, keyed by file name such as {@code welcome.html}. */
public final class MapTemplateSource implements TemplateSource {

  private final Map<String, String> templates;

  /** A source over a copy of {@code templates}. */
  public MapTemplateSource(Map<String, String> templates) {
    this.templates = Map.copyOf(Objects.requireNonNull(templates, "templates must not be null"));
  }

  @Override
  public Optional<String> find(MailTemplate template, TemplatePart part) {
    return Optional.ofNullable(templates.get(template.fileName(part)));
  }

  @Override
  public String toString() {
    return "map:" + templates.keySet();
  }
}
