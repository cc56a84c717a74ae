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
package io.github.handymanworkflows.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's quick-start snippets are the host projects' files: each snippet sits between {@code <!--
 * snippet: PATH -->} and {@code <!-- /snippet -->}, and every paragraph of it (blank lines separate
 * them) appears, in order and up to whitespace, in the file at PATH. The host projects are built
 * and tested against the installed artifacts by the invoker plugin, so a snippet that stops
 * compiling or working fails the build.
 */
class ReadmeSnippetsTest {

  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+) -->\\s*\\n(.*?)<!-- /snippet -->", Pattern.DOTALL);
  private static final Pattern FENCE =
      Pattern.compile(
          "^\\s*```[a-z]*\\s*$\\n(.*?)^\\s*```\\s*$", Pattern.DOTALL | Pattern.MULTILINE);

  @Test
  void everyQuickStartSnippetIsMarked() {
    assertThat(snippets().keySet())
        .containsExactlyInAnyOrder(
            "it/host-apps/src/it/spring-boot-host/pom.xml",
            "it/host-apps/src/it/spring-boot-host/src/main/resources/application.properties",
            "it/host-apps/src/it/spring-boot-host/src/main/java/com/example/host/Registration.java",
            "it/host-apps/src/it/plain-java-host/pom.xml",
            "it/host-apps/src/it/plain-java-host/src/main/java/com/example/plain/Shop.java");
  }

  @Test
  void everySnippetIsInItsHostProjectFile() {
    for (Map.Entry<String, String> snippet : snippets().entrySet()) {
      Path file = Readme.root().resolve(snippet.getKey());
      assertThat(file).as("README snippet target").isRegularFile();
      String project = normalize(filtered(Readme.read(file)));
      int from = 0;
      for (String paragraph : snippet.getValue().split("\\n\\s*\\n")) {
        String wanted = normalize(paragraph);
        if (wanted.isEmpty()) {
          continue;
        }
        int at = project.indexOf(wanted, from);
        assertThat(at)
            .as(
                "README's snippet for %s has a part that is not in that file (in that order):%n%s",
                snippet.getKey(), paragraph)
            .isNotNegative();
        from = at + wanted.length();
      }
    }
  }

  /** README's snippets by the file they show, the fenced code only. */
  private static Map<String, String> snippets() {
    Map<String, String> snippets = new LinkedHashMap<>();
    Matcher marked = SNIPPET.matcher(Readme.text());
    while (marked.find()) {
      Matcher fence = FENCE.matcher(marked.group(2));
      assertThat(fence.find())
          .as("a fenced code block in the snippet of %s", marked.group(1))
          .isTrue();
      List<String> parts = new ArrayList<>();
      do {
        parts.add(fence.group(1));
      } while (fence.find());
      String previous = snippets.put(marked.group(1), String.join("\n\n", parts));
      assertThat(previous).as("two snippets for %s", marked.group(1)).isNull();
    }
    return snippets;
  }

  /** The host file as invoker filters it: the build's versions in place of its tokens. */
  private static String filtered(String text) {
    String result = text;
    for (String property : List.of("project.version", "spring-boot.version", "jackson.version")) {
      String value = System.getProperty(property);
      assertThat(value).as("system property %s (see the POM)", property).isNotNull();
      result = result.replace("@" + property + "@", value);
    }
    return result;
  }

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
