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

import java.util.Objects;

/**
 * Markup that the library built itself and vouches for, the only kind of value a template may
 * insert unescaped with {@code {{{name}}}}.
 *
 * <p>Never wrap user input in it: everything that came from a user goes through {@code {{name}}},
 * which escapes it.
 *
 * @param html the markup
 */
public record SafeHtml(String html) {

  /** Checks the markup is present. */
  public SafeHtml {
    Objects.requireNonNull(html, "html must not be null");
  }

  /** Vouches for markup the caller built from escaped or constant parts. */
  public static SafeHtml trusted(String html) {
    return new SafeHtml(html);
  }

  @Override
  public String toString() {
    return "SafeHtml[" + html.length() + " chars]";
  }
}
