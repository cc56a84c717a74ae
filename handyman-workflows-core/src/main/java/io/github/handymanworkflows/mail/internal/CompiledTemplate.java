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

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsError;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.TagType;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.io.StringTemplateSource;
import io.github.handymanworkflows.mail.SafeHtml;
import io.github.handymanworkflows.mail.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Handlebars template compiled once, ready to render against a model (a {@code Map<String, ?>} or
 * a record) any number of times, from any thread.
 *
 * <p>Strict on purpose (see {@link StrictHandlebars}): a variable the model lacks is an error
 * naming the file, the line and the variable, not a silent blank; only plain values can be
 * inserted, so a forgotten formatting step shows up as an error instead of a {@code toString()} in
 * someone's inbox.
 */
public final class CompiledTemplate {

  /** How inserted values are escaped. */
  public enum Mode {
    /** HTML-escaped; {@code {{{raw}}}} allowed for {@link SafeHtml}. */
    HTML,
    /** Not escaped, control characters removed; no raw insertion. */
    TEXT
  }

  private final String file;
  private final Template template;
  private final ModelResolver resolver;

  /** The longest output so far, to size the next render's buffer so it never grows. */
  private int expectedLength = 256;

  private CompiledTemplate(String file, Template template, ModelResolver resolver) {
    this.file = file;
    this.template = template;
    this.resolver = resolver;
  }

  /**
   * Compiles a template.
   *
   * @param file names the template in errors, for example {@code welcome.html}
   * @throws TemplateException when the syntax is wrong
   */
  public static CompiledTemplate compile(String file, String source, Mode mode) {
    Handlebars engine = mode == Mode.HTML ? StrictHandlebars.HTML : StrictHandlebars.TEXT;
    Template template;
    try {
      template = engine.compile(new StringTemplateSource(file, source));
    } catch (HandlebarsException e) {
      throw translate(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not compile template " + file, e);
    }
    List<String> raw = template.collect(TagType.TRIPLE_VAR, TagType.AMP_VAR);
    if (mode == Mode.TEXT && !raw.isEmpty()) {
      throw new TemplateException(
          file, raw.get(0), "'{{{" + raw.get(0) + "}}}' is only allowed in .html templates");
    }
    Set<String> rawNames = new HashSet<>();
    for (String name : raw) {
      rawNames.add(name.substring(name.lastIndexOf('.') + 1));
    }
    return new CompiledTemplate(file, template, new ModelResolver(rawNames));
  }

  /**
   * Renders with {@code model}; {@code extras} are visible too and win over the model.
   *
   * @throws TemplateException when a variable is missing or cannot be inserted
   */
  public String render(Object model, Map<String, ?> extras) {
    Context unknown = Context.newBuilder(ModelResolver.UNKNOWN_NAMES).resolver(resolver).build();
    Context withModel = Context.newContext(unknown, model);
    Context context = extras.isEmpty() ? withModel : Context.newContext(withModel, extras);
    Output out = new Output(expectedLength);
    try {
      template.apply(context, out);
      String rendered = out.toString();
      // Racy on purpose: a stale size only costs a buffer resize.
      expectedLength = Math.max(expectedLength, rendered.length() + 64);
      return rendered;
    } catch (HandlebarsException e) {
      throw translate(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not render template " + file, e);
    } finally {
      unknown.destroy();
    }
  }

  /**
   * Keeps the file, line and variable; drops Handlebars' own message, which quotes the template and
   * could quote a value from an unexpected exception.
   */
  private static TemplateException translate(String file, HandlebarsException e) {
    HandlebarsError error = e.getError();
    String line = error == null ? "" : "line " + error.line + ": ";
    Throwable cause = e.getCause();
    if (cause instanceof InvalidValueException invalid) {
      return new TemplateException(file, invalid.variable(), line + invalid.getMessage());
    }
    if (cause != null) {
      // An unexpected failure (a record accessor that threw): its message stays out of ours, but
      // the cause is kept for the stack trace.
      TemplateException failure =
          new TemplateException(file, null, line + cause.getClass().getSimpleName());
      failure.initCause(cause);
      return failure;
    }
    return new TemplateException(
        file, null, line + (error == null ? "cannot be compiled" : error.reason));
  }

  /** An unsynchronized writer over one {@link StringBuilder}; a render is single-threaded. */
  private static final class Output extends Writer {
    private final StringBuilder text;

    Output(int capacity) {
      this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(String string) {
      text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(@Nullable CharSequence sequence) {
      text.append(sequence);
      return this;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
