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
