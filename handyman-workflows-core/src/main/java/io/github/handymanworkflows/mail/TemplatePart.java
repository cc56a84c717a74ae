package io.github.handymanworkflows.mail;

/** The three files of a template and how values are inserted into each. */
public enum TemplatePart {
  /** The subject line: plain text, values stripped of line breaks. */
  SUBJECT("subject"),
  /** The HTML body: every {@code {{value}}} HTML-escaped. */
  HTML("html"),
  /** The plain-text body: values not escaped, but stripped of control characters. */
  TEXT("txt");

  private final String extension;

  TemplatePart(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }
}
