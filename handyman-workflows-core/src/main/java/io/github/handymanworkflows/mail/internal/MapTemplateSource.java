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
