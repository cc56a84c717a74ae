package io.github.handymanworkflows.mail;

import java.util.Objects;

/**
 * A rendered template: what goes into a {@link MailMessage}.
 *
 * @param subject the subject line, one line, trimmed
 * @param html the HTML body, already placed in the layout
 * @param text the plain-text body
 */
public record RenderedMail(String subject, String html, String text) {

  /** Checks every part is present. */
  public RenderedMail {
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(html, "html must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  @Override
  public String toString() {
    return "RenderedMail[subjectChars="
        + subject.length()
        + ", htmlChars="
        + html.length()
        + ", textChars="
        + text.length()
        + "]";
  }
}
