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
package io.github.handymanworkflows.samples.ownworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guide cannot rot: every Java block in README.md and docs/own-workflow.md that follows a
 * {@code <!-- snippet: File.java#tag -->} line must equal, character for character, the lines of
 * this module's source between {@code // tag::tag[]} and {@code // end::tag[]}, which the build
 * compiles and runs.
 */
class GuideSnippetsTest {

  /** Surefire runs in the module folder, {@code samples/own-workflow}. */
  private static final Path PROJECT = Path.of("..", "..");

  private static final Pattern MARKED_BLOCK =
      Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->\\R```java\\R(.*?)\\R```", Pattern.DOTALL);

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "docs/own-workflow.md"})
  void guideShowsTheTestedCodeVerbatim(String guide) throws IOException {
    String text = Files.readString(PROJECT.resolve(guide));
    Matcher block = MARKED_BLOCK.matcher(text);
    Set<String> shown = new TreeSet<>();
    while (block.find()) {
      String file = block.group(1);
      String tag = block.group(2);
      assertThat(block.group(3))
          .as("%s: the block marked %s#%s differs from the source", guide, file, tag)
          .isEqualTo(snippet(file, tag));
      shown.add(tag);
    }
    assertThat(shown).as("snippets shown in %s", guide).contains("manual-clock", "sweep");
  }

  /**
   * The tagged lines of a source file of this module, less their common indentation and the blank
   * lines around them.
   */
  private static String snippet(String file, String tag) throws IOException {
    Path source;
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      source =
          files
              .filter(p -> p.getFileName().toString().equals(file))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no source file " + file + " in this module"));
    }
    List<String> lines = Files.readAllLines(source);
    int start = lines.indexOf(indentOf(lines, "// tag::" + tag + "[]"));
    int end = lines.indexOf(indentOf(lines, "// end::" + tag + "[]"));
    assertThat(start).as("%s has // tag::%s[]", file, tag).isNotNegative();
    assertThat(end).as("%s has // end::%s[] after the tag", file, tag).isGreaterThan(start);
    List<String> body = new ArrayList<>(lines.subList(start + 1, end));
    int indent =
        body.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    body.replaceAll(line -> line.isBlank() ? "" : line.substring(indent));
    // The formatter may leave a blank line next to a marker; the guide's block does not show it.
    return String.join("\n", body).strip();
  }

  private static String indentOf(List<String> lines, String marker) {
    return lines.stream().filter(line -> line.strip().equals(marker)).findFirst().orElse(marker);
  }
}
