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

import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Formatter;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.helper.EachHelper;
import com.github.jknack.handlebars.helper.IfHelper;
import com.github.jknack.handlebars.helper.UnlessHelper;
import com.github.jknack.handlebars.helper.WithHelper;
import com.github.jknack.handlebars.io.AbstractTemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;
import io.github.handymanworkflows.mail.SafeHtml;
import io.github.handymanworkflows.mail.internal.ModelResolver.Missing;
import io.github.handymanworkflows.mail.internal.ModelResolver.NullValue;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The two Handlebars configurations the mail templates use: one for HTML, one for the subject and
 * the plain text.
 *
 * <p>Both are Handlebars as documented, made strict in three places: the formatter inserts only
 * plain values (text, numbers, booleans, enums, UUIDs) and rejects a missing or {@code null}
 * variable; {@code if}, {@code unless}, {@code each} and {@code with} reject a missing variable
 * instead of treating it as false; and {@code helperMissing} rejects a dotted name whose last part
 * the model lacks. Inserted values lose control characters and bidirectional overrides everywhere;
 * in HTML they are escaped too, and a {@link SafeHtml} value is inserted as it is.
 */
final class StrictHandlebars {

  /** For {@code .html} parts. */
  static final Handlebars HTML = create(true);

  /** For {@code .subject} and {@code .txt} parts. */
  static final Handlebars TEXT = create(false);

  private StrictHandlebars() {}

  private static Handlebars create(boolean html) {
    Handlebars handlebars =
        new Handlebars(new NoPartials())
            .with(html ? value -> Escaping.html(value.toString()) : EscapingStrategy.NOOP)
            .with(formatter(html));
    handlebars.registerHelper(
        IfHelper.NAME,
        StreamingBlocks.conditional(false, StrictHandlebars::condition, IfHelper.INSTANCE));
    handlebars.registerHelper(
        UnlessHelper.NAME,
        StreamingBlocks.conditional(true, StrictHandlebars::condition, UnlessHelper.INSTANCE));
    handlebars.registerHelper(WithHelper.NAME, block(WithHelper.INSTANCE));
    handlebars.registerHelper(
        EachHelper.NAME, StreamingBlocks.each(StrictHandlebars::list, EachHelper.INSTANCE));
    handlebars.registerHelperMissing(
        (Object value, Options options) -> {
          throw missing(options.helperName);
        });
    return handlebars;
  }

  private static Formatter formatter(boolean html) {
    return (value, next) -> {
      if (value instanceof Missing missing) {
        throw missing(missing.name());
      }
      if (value instanceof NullValue nullValue) {
        throw new InvalidValueException(
            nullValue.name(), "variable '" + nullValue.name() + "' is null");
      }
      if (value instanceof SafeHtml safe) {
        if (html) {
          return new Handlebars.SafeString(safe.html());
        }
        throw new InvalidValueException(null, "SafeHtml cannot be inserted into a text part");
      }
      if (value instanceof CharSequence
          || value instanceof Number
          || value instanceof Boolean
          || value instanceof Character
          || value instanceof UUID) {
        return Escaping.sanitize(value.toString());
      }
      if (value instanceof Enum<?> constant) {
        return Escaping.sanitize(constant.name());
      }
      throw new InvalidValueException(
          null,
          "a " + value.getClass().getSimpleName() + " cannot be inserted; format it as text first");
    };
  }

  /** A block helper ({@code with}) that fails on a missing variable and treats null as false. */
  private static Helper<Object> block(Helper<Object> delegate) {
    return (value, options) -> delegate.apply(condition(value), options);
  }

  private static @Nullable Object condition(@Nullable Object value) {
    if (value instanceof Missing missing) {
      throw missing(missing.name());
    }
    if (value instanceof NullValue) {
      return null;
    }
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    return value;
  }

  private static @Nullable Object list(@Nullable Object value) {
    if (value instanceof Missing missing) {
      throw missing(missing.name());
    }
    if (value instanceof Iterable<?>) {
      return value;
    }
    if (value instanceof Object[] array) {
      return Arrays.asList(array);
    }
    String name = value instanceof NullValue nullValue ? nullValue.name() : "";
    throw new InvalidValueException(
        name.isEmpty() ? null : name,
        "'{{#each"
            + (name.isEmpty() ? "" : " " + name)
            + "}}' needs a list, not "
            + (value == null || value instanceof NullValue
                ? "null"
                : "a " + value.getClass().getSimpleName()));
  }

  private static InvalidValueException missing(String name) {
    return new InvalidValueException(name, "variable '" + name + "' is missing from the model");
  }

  /**
   * Templates come only from a {@link io.github.handymanworkflows.mail.TemplateSource}; Handlebars
   * would otherwise read a {@code {{> name}}} partial from the classpath root.
   */
  private static final class NoPartials extends AbstractTemplateLoader {
    @Override
    public TemplateSource sourceAt(String location) throws IOException {
      throw new FileNotFoundException("partials are not supported: " + location);
    }
  }
}
