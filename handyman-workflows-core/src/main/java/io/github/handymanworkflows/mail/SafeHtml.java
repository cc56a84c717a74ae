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
