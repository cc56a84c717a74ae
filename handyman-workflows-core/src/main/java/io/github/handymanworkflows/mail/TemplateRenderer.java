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

import io.github.handymanworkflows.mail.internal.CompiledTemplate;
import io.github.handymanworkflows.mail.internal.CompiledTemplate.Mode;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Renders a {@link MailTemplate} with a model into subject, HTML and text.
 *
 * <p>Templates are <a href="https://handlebarsjs.com/guide/">Handlebars</a> (the Java
 * implementation, {@code com.github.jknack:handlebars}), compiled once per file. The model is a
 * {@code Map<String, ?>} or a record; nested maps, records and lists are reachable with dotted
 * names, {@code {{#each}}} and {@code {{#with}}}. In HTML every {@code {{value}}} is escaped and
 * only a {@link SafeHtml} value is inserted as it is; in the subject and text, values lose control
 * characters so they cannot add lines. A variable the model lacks, or holds as {@code null}, is a
 * {@link TemplateException} naming the template and variable.
 *
 * <p>The HTML of a template is a fragment placed into {@link MailTemplate#LAYOUT} as {@code
 * {{{content}}}}, with the rendered {@code subject} and the model also visible to the layout. A
 * source without a layout gets the fragment as the whole body. Thread-safe.
 */
public final class TemplateRenderer {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final TemplateSource source;
  private final ConcurrentMap<String, Compiled> compiled = new ConcurrentHashMap<>();

  /**
   * A renderer over the library's classpath templates: what a dependency-injection container builds
   * unless the host binds a renderer over its own {@link TemplateSource}.
   */
  @Inject
  public TemplateRenderer() {
    this(TemplateSource.classpath());
  }

  /** A renderer over {@code source}, typically an override in front of the classpath. */
  public TemplateRenderer(TemplateSource source) {
    this.source = Objects.requireNonNull(source, "source must not be null");
  }

  /**
   * Renders all three parts.
   *
   * @param model a {@code Map<String, ?>} or a record
   * @throws TemplateException when a part is missing or malformed, or the model lacks a variable
   */
  public RenderedMail render(MailTemplate template, Object model) {
    Objects.requireNonNull(template, "template must not be null");
    Objects.requireNonNull(model, "model must not be null");
    String subject =
        WHITESPACE
            .matcher(
                part(template, TemplatePart.SUBJECT, Mode.TEXT).render(model, Map.of()).strip())
            .replaceAll(" ");
    String body = part(template, TemplatePart.HTML, Mode.HTML).render(model, Map.of());
    String html =
        find(MailTemplate.LAYOUT, TemplatePart.HTML, Mode.HTML)
            .map(
                layout ->
                    layout.render(
                        model, Map.of("content", SafeHtml.trusted(body), "subject", subject)))
            .orElse(body);
    String text = part(template, TemplatePart.TEXT, Mode.TEXT).render(model, Map.of());
    if (subject.isEmpty()) {
      throw new TemplateException(template.fileName(TemplatePart.SUBJECT), null, "renders empty");
    }
    return new RenderedMail(subject, html, text);
  }

  private CompiledTemplate part(MailTemplate template, TemplatePart part, Mode mode) {
    return find(template, part, mode)
        .orElseThrow(
            () -> new TemplateException(template.fileName(part), null, "not found in " + source));
  }

  private Optional<CompiledTemplate> find(MailTemplate template, TemplatePart part, Mode mode) {
    String file = template.fileName(part);
    return source.find(template, part).map(text -> compiled(file, text, mode));
  }

  /**
   * Compiles each file once and keeps it while its text stays the same, so an edited directory
   * template is recompiled. The classpath source hands back the same string every time, so the
   * comparison stops at identity.
   */
  private CompiledTemplate compiled(String file, String text, Mode mode) {
    Compiled cached = compiled.get(file);
    if (cached != null && cached.text().equals(text)) {
      return cached.template();
    }
    CompiledTemplate fresh = CompiledTemplate.compile(file, text, mode);
    compiled.put(file, new Compiled(text, fresh));
    return fresh;
  }

  private record Compiled(String text, CompiledTemplate template) {}
}
