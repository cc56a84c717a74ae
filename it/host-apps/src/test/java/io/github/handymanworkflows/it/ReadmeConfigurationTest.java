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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README documents every setting a host can make: each {@code handyman.workflows.*} property in the
 * published starter's configuration metadata, with the default the metadata states, and each {@code
 * INNGEST_*} variable the Inngest module reads.
 */
class ReadmeConfigurationTest {

  private static final String ROOT = "handyman.workflows";
  private static final Pattern TABLE_HEADER =
      Pattern.compile("^\\| property \\(`([a-z.-]+)`\\) \\| default \\|", Pattern.MULTILINE);
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern ENV = Pattern.compile("\"(INNGEST_[A-Z_]+)\"");

  @Test
  void everyStarterPropertyIsDocumented() throws IOException {
    Set<String> documented = documentedProperties();
    Set<String> missing = new TreeSet<>();
    for (String property : starterProperties().keySet()) {
      if (!isDocumented(property, documented)) {
        missing.add(property);
      }
    }
    assertThat(missing).as("properties missing from README's configuration tables").isEmpty();
  }

  @Test
  void tableDefaultsAreTheStartersDefaults() throws IOException {
    Map<String, String> defaults = starterProperties();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> row : tableDefaults().entrySet()) {
      String actual = defaults.get(row.getKey());
      if (actual != null && !actual.isEmpty() && !sameValue(row.getValue(), actual)) {
        wrong.add(row.getKey() + ": README says " + row.getValue() + ", the starter " + actual);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyInngestVariableIsDocumented() {
    String config =
        Readme.read(
            Readme.root()
                .resolve(
                    "handyman-workflows-inngest/src/main/java/io/github/handymanworkflows/inngest/InngestConfig.java"));
    Set<String> variables = new TreeSet<>();
    Matcher env = ENV.matcher(config);
    while (env.find()) {
      variables.add(env.group(1));
    }
    assertThat(variables).isNotEmpty();
    Set<String> code = codeSpans(Readme.text());
    assertThat(variables).as("INNGEST_* variables README names").allMatch(code::contains);
  }

  /** Property name to its default as the metadata states it ("" when it states none). */
  private static Map<String, String> starterProperties() throws IOException {
    Map<String, String> properties = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (URL url :
        Collections.list(
            ReadmeConfigurationTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        for (JsonNode property : json.readTree(in).path("properties")) {
          String name = property.path("name").asText();
          if (name.startsWith(ROOT + ".")) {
            JsonNode value = property.path("defaultValue");
            properties.put(name, value.isMissingNode() || value.isNull() ? "" : value.asText());
          }
        }
      }
    }
    assertThat(properties).as("the starter's configuration metadata").isNotEmpty();
    return properties;
  }

  /**
   * Every name README's tables give, made absolute with the table's prefix; names ending in {@code
   * .*} or {@code .<key>} stand for a group or a map.
   */
  private static Set<String> documentedProperties() {
    Set<String> names = new LinkedHashSet<>();
    String readme = Readme.text();
    for (String code : codeSpans(readme)) {
      // A whole group named in prose (handyman.workflows.redis.*) documents none of its settings.
      if (code.startsWith(ROOT + ".") && !code.endsWith(".*")) {
        names.add(code.split("=", 2)[0].strip());
      }
    }
    for (Map.Entry<String, String> row : tableRows(readme).entrySet()) {
      names.addAll(cellNames(row.getKey()));
    }
    return names;
  }

  private static boolean isDocumented(String property, Set<String> documented) {
    for (String name : documented) {
      String stem = name.replaceAll("\\.(\\*|<[^>]+>)$", "");
      if (property.equals(name)
          || (!stem.equals(name) && (property.equals(stem) || property.startsWith(stem + ".")))) {
        return true;
      }
    }
    return false;
  }

  /** Absolute property name to the default README's table gives it. */
  private static Map<String, String> tableDefaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    for (Map.Entry<String, String> row : tableRows(Readme.text()).entrySet()) {
      List<String> names = cellNames(row.getKey());
      List<String> values = cellValues(row.getValue());
      if (names.size() == values.size()) {
        for (int i = 0; i < names.size(); i++) {
          defaults.put(names.get(i), values.get(i));
        }
      }
    }
    return defaults;
  }

  /**
   * The rows of every "property (`prefix`) | default | …" table: "prefix|first cell" to the default
   * cell.
   */
  private static Map<String, String> tableRows(String readme) {
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher header = TABLE_HEADER.matcher(readme);
    while (header.find()) {
      String prefix = header.group(1);
      String[] lines = readme.substring(header.end()).split("\\n");
      for (int i = 1; i < lines.length && lines[i].startsWith("|"); i++) {
        String[] cells = lines[i].split("\\|");
        if (cells.length > 2 && !cells[1].contains("---")) {
          rows.put(prefix + "|" + cells[1], cells[2]);
        }
      }
    }
    return rows;
  }

  private static List<String> cellNames(String prefixAndCell) {
    String[] parts = prefixAndCell.split("\\|", 2);
    String prefix = parts[0].endsWith(".") ? parts[0] : parts[0] + ".";
    List<String> names = new ArrayList<>();
    for (String code : codeSpans(parts[1])) {
      names.add(code.startsWith(ROOT + ".") ? code : prefix + code);
    }
    return names;
  }

  private static List<String> cellValues(String cell) {
    List<String> values = new ArrayList<>();
    for (String value : cell.split(" / ")) {
      Matcher code = CODE.matcher(value);
      values.add(code.find() ? code.group(1) : value.strip());
    }
    return values;
  }

  private static boolean sameValue(String documented, String actual) {
    if (documented.equals(actual)) {
      return true;
    }
    try {
      return Double.parseDouble(documented) == Double.parseDouble(actual);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Set<String> codeSpans(String text) {
    Set<String> spans = new LinkedHashSet<>();
    Matcher code = CODE.matcher(text);
    while (code.find()) {
      spans.add(code.group(1));
    }
    return spans;
  }
}
