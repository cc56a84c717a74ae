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
package io.github.handymanworkflows.inngest.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Records normalised protocol exchanges under {@code src/test/resources/js-reference/<case>.json},
 * or compares live ones with the recording.
 *
 * <p>With {@code -Djsref.record=true} files are (re)written; otherwise each exchange must equal its
 * file after normalisation. Normalisation keeps only protocol-relevant headers, lower-cases header
 * names, replaces the SDK version by {@code v<version>}, stack traces by {@code <stack>},
 * signatures by {@code <signature>}, {@code timing} by {@code <timing>}, the JS-only {@code
 * featureObservations} by a placeholder, and literal values registered with {@link #replacing}
 * (ports) by placeholders. The Java serve handler's answers can be normalised with {@link
 * #normalise(ProtocolResponse)} and compared with the same files.
 */
public final class ReferenceRecorder {

  /** System property switching to record mode. */
  public static final String RECORD_PROPERTY = "jsref.record";

  private static final Set<String> RESPONSE_HEADERS =
      Set.of(
          "content-type",
          "retry-after",
          "user-agent",
          "x-inngest-framework",
          "x-inngest-no-retry",
          "x-inngest-req-version",
          "x-inngest-sdk",
          "x-inngest-sdk-handled",
          "x-inngest-signature",
          "x-inngest-sync-kind");

  private static final Set<String> REQUEST_HEADERS =
      Set.of(
          "authorization",
          "content-type",
          "user-agent",
          "x-inngest-env",
          "x-inngest-event-id-seed",
          "x-inngest-expected-server-kind",
          "x-inngest-framework",
          "x-inngest-platform",
          "x-inngest-req-version",
          "x-inngest-sdk",
          "x-inngest-sdk-handled",
          "x-inngest-sync-kind");

  private static final Pattern SDK_VERSION =
      Pattern.compile("(inngest-js|js):v\\d+\\.\\d+\\.\\d+[\\w.+-]*");

  private final Path directory;
  private final boolean record;
  private final Map<String, String> replacements = new LinkedHashMap<>();
  private final List<String> written = new ArrayList<>();

  /** Recorder writing to or reading from {@code directory}. */
  public ReferenceRecorder(Path directory, boolean record) {
    this.directory = directory;
    this.record = record;
  }

  /**
   * Recorder on the module's {@code src/test/resources/js-reference}, mode from {@value
   * #RECORD_PROPERTY}.
   */
  public static ReferenceRecorder fromSystemProperties() {
    Path dir =
        Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("src/test/resources/js-reference");
    return new ReferenceRecorder(dir, Boolean.getBoolean(RECORD_PROPERTY));
  }

  /** The folder holding the recordings. */
  public Path directory() {
    return directory;
  }

  /** Whether files are written instead of compared. */
  public boolean recording() {
    return record;
  }

  /** Replaces every occurrence of {@code literal} in recorded strings by {@code placeholder}. */
  public ReferenceRecorder replacing(String literal, String placeholder) {
    replacements.put(literal, placeholder);
    return this;
  }

  /** Records or checks an SDK response. */
  public void response(String caseName, ProtocolResponse response) {
    check(caseName, normalise(response));
  }

  /** Records or checks a request the SDK sent to the (fake) Inngest API. */
  public void request(String caseName, RecordedRequest request) {
    check(caseName, normalise(request));
  }

  /** The normalised form of a request an SDK sent to the API, as stored in the recordings. */
  public ObjectNode normalise(RecordedRequest request) {
    ObjectNode node = ConformanceJson.object();
    node.put("method", request.method());
    node.put("path", request.path());
    node.put("query", normaliseString(request.query()));
    node.set("headers", headers(request.headers(), REQUEST_HEADERS));
    node.set("body", body(request.body(), true));
    return node;
  }

  /** The recording of a case, as stored (already normalised). */
  public ObjectNode recorded(String caseName) {
    Path file = directory.resolve(caseName + ".json");
    assertThat(file).as("recording %s is missing", file).exists();
    try {
      return (ObjectNode) ConformanceJson.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** The normalised form of a response, as stored in the recordings. */
  public ObjectNode normalise(ProtocolResponse response) {
    ObjectNode node = ConformanceJson.object();
    node.put("status", response.status());
    node.set("headers", headers(response.headers(), RESPONSE_HEADERS));
    node.set(
        "body",
        response.isJson() ? normaliseTree(response.json(), false) : textBody(response.body()));
    return node;
  }

  /** Names of the files written in record mode so far. */
  public List<String> written() {
    return List.copyOf(written);
  }

  private void check(String caseName, ObjectNode actual) {
    Path file = directory.resolve(caseName + ".json");
    String pretty = pretty(actual);
    try {
      if (record) {
        Files.createDirectories(directory);
        Files.writeString(file, pretty + "\n", StandardCharsets.UTF_8);
        written.add(file.getFileName().toString());
        return;
      }
      assertThat(file)
          .as("recording %s is missing; record it with -D%s=true", file, RECORD_PROPERTY)
          .exists();
      JsonNode expected = ConformanceJson.parse(Files.readString(file, StandardCharsets.UTF_8));
      assertThat(pretty)
          .as("JS reference answer for %s differs from %s", caseName, file)
          .isEqualTo(pretty(expected));
    } catch (IOException e) {
      throw new UncheckedIOException("could not access " + file, e);
    }
  }

  private ObjectNode headers(Map<String, List<String>> headers, Set<String> kept) {
    ObjectNode node = ConformanceJson.object();
    headers.forEach(
        (name, values) -> {
          String lower = name.toLowerCase(java.util.Locale.ROOT);
          if (!kept.contains(lower) || values.isEmpty()) {
            return;
          }
          String value = values.get(0);
          switch (lower) {
            case "x-inngest-signature" -> value = "<signature>";
            case "x-inngest-event-id-seed" -> value = "<seed>";
            default -> value = normaliseString(value);
          }
          node.put(lower, value);
        });
    return node;
  }

  private JsonNode body(String body, boolean request) {
    if (body.isEmpty()) {
      return TextNode.valueOf("");
    }
    try {
      return normaliseTree(ConformanceJson.MAPPER.readTree(body), request);
    } catch (JsonProcessingException e) {
      return textBody(body);
    }
  }

  private JsonNode textBody(String body) {
    return TextNode.valueOf(normaliseString(body));
  }

  private JsonNode normaliseTree(JsonNode node, boolean request) {
    if (node.isObject()) {
      ObjectNode copy = ConformanceJson.object();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        copy.set(field.getKey(), normaliseField(field.getKey(), field.getValue(), request));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = ConformanceJson.MAPPER.createArrayNode();
      node.forEach(element -> copy.add(normaliseTree(element, request)));
      return copy;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(normaliseString(node.textValue()));
    }
    return node;
  }

  private JsonNode normaliseField(String name, JsonNode value, boolean request) {
    if (name.equals("stack") && value.isTextual() && !value.textValue().isEmpty()) {
      return TextNode.valueOf("<stack>");
    }
    if (name.equals("timing") && !value.isNull()) {
      return TextNode.valueOf("<timing>");
    }
    // JS-only telemetry about its own optional features; depends on the Node environment, not on
    // the protocol.
    if (name.equals("featureObservations")) {
      return TextNode.valueOf("<featureObservations>");
    }
    if (name.equals("sdk_version") && value.isTextual()) {
      return TextNode.valueOf("<version>");
    }
    // Events the SDK sends carry ts = now; server-provided timestamps in responses are kept.
    if (request && name.equals("ts") && value.isNumber()) {
      return TextNode.valueOf("<ts>");
    }
    return normaliseTree(value, request);
  }

  private String normaliseString(String value) {
    String result = SDK_VERSION.matcher(value).replaceAll("$1:v<version>");
    for (Map.Entry<String, String> replacement : replacements.entrySet()) {
      result = result.replace(replacement.getKey(), replacement.getValue());
    }
    return result;
  }

  /** Sorted, pretty-printed JSON: the form recordings are stored and compared in. */
  static String pretty(JsonNode node) {
    try {
      return ConformanceJson.MAPPER
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      ObjectNode copy = ConformanceJson.object();
      names.forEach(name -> copy.set(name, sorted(node.get(name))));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = ConformanceJson.MAPPER.createArrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }
}
