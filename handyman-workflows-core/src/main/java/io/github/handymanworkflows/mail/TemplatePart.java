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
