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
