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
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * {@code if}, {@code unless} and {@code each} with Handlebars' own semantics, writing the chosen
 * block straight into the output.
 *
 * <p>The built-in helpers render every block into a fresh 1,600-character buffer and copy it out,
 * which made up a third of the memory an email's rendering allocated. A block with block parameters
 * ({@code as |item|}) or a hash goes to the built-in helper unchanged.
 */
final class StreamingBlocks {

  private StreamingBlocks() {}

  /**
   * {@code if} ({@code negate} false) or {@code unless} (true) over a condition prepared by {@code
   * condition}, delegating to {@code builtIn} for block parameters or a hash.
   */
  static Helper<Object> conditional(
      boolean negate, UnaryOperator<@Nullable Object> condition, Helper<Object> builtIn) {
    return (value, options) -> {
      Object prepared = condition.apply(value);
      if (!plain(options)) {
        return builtIn.apply(prepared, options);
      }
      Template branch = options.isFalsy(prepared) != negate ? options.inverse : options.fn;
      BufferWriter out = new BufferWriter(options.buffer());
      branch.apply(options.context, out);
      return out.result();
    };
  }

  /**
   * {@code each} over a list prepared by {@code list} (which rejects anything else), with {@code
   * @index}, {@code @first}, {@code @last}, {@code @odd}, {@code @even}, {@code @key} and {@code
   * @index_1} as the built-in helper sets them.
   */
  static Helper<Object> each(UnaryOperator<@Nullable Object> list, Helper<Object> builtIn) {
    return (value, options) -> {
      Object prepared = list.apply(value);
      if (!plain(options) || !(prepared instanceof Iterable<?> iterable)) {
        return builtIn.apply(prepared, options);
      }
      BufferWriter out = new BufferWriter(options.buffer());
      Iterator<?> loop = iterable.iterator();
      if (!loop.hasNext()) {
        options.inverse.apply(options.context, out);
        return out.result();
      }
      int index = 0;
      while (loop.hasNext()) {
        Object item = loop.next();
        boolean even = index % 2 == 0;
        Context itemContext = Context.newContext(options.context, item);
        itemContext
            .combine("@key", index)
            .combine("@index", index)
            .combine("@first", index == 0 ? "first" : "")
            .combine("@last", loop.hasNext() ? "" : "last")
            .combine("@odd", even ? "" : "odd")
            .combine("@even", even ? "even" : "")
            .combine("@index_1", index + 1);
        options.fn.apply(itemContext, out);
        index++;
      }
      return out.result();
    };
  }

  private static boolean plain(Options options) {
    return options.blockParams.isEmpty() && options.hash.isEmpty();
  }

  /** The block's output buffer as a {@link Writer}, which is what a template writes into. */
  private static final class BufferWriter extends Writer {
    private final Options.Buffer buffer;

    BufferWriter(Options.Buffer buffer) {
      this.buffer = buffer;
    }

    /**
     * What the helper returns: nothing when the buffer wrote straight into the output, else the
     * buffer for Handlebars to write.
     */
    @Nullable Object result() {
      return buffer instanceof Options.NativeBuffer ? null : buffer;
    }

    @Override
    public void write(String text) throws IOException {
      buffer.append(text);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      buffer.append(text, offset, offset + length);
    }

    @Override
    public Writer append(@Nullable CharSequence text) throws IOException {
      buffer.append(text);
      return this;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      buffer.append(new String(chars, offset, length));
    }

    @Override
    public void write(int c) throws IOException {
      buffer.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
