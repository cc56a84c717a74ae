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
package io.github.handymanworkflows.inngest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestSdk;
import io.github.handymanworkflows.inngest.InngestTransport;
import io.github.handymanworkflows.inngest.ServeRequest;
import io.github.handymanworkflows.inngest.ServeResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PUT}: sync. Out-of-band, the SDK posts its config to {@code /fn/register}; in-band (a
 * signed {@code PUT} with {@code x-inngest-sync-kind: in_band}), it answers with the config.
 */
public final class SyncEndpoint {

  private static final Logger LOGGER = LoggerFactory.getLogger(SyncEndpoint.class);

  private final InngestConfig config;
  private final FunctionTable table;
  private final ApiClient api;
  private final Responses responses;
  private final AtomicBoolean syncing = new AtomicBoolean();

  /** Creates the endpoint. */
  public SyncEndpoint(
      InngestConfig config, FunctionTable table, ApiClient api, Responses responses) {
    this.config = config;
    this.table = table;
    this.api = api;
    this.responses = responses;
  }

  /** Whether a {@code PUT} asks for an in-band sync this SDK will perform. */
  public boolean isInBand(ServeRequest request) {
    return config.allowInBandSync()
        && request
            .header("x-inngest-sync-kind")
            .map(v -> v.trim().equalsIgnoreCase("in_band"))
            .orElse(false);
  }

  /**
   * Answers an in-band sync with the config.
   *
   * @param signingKey the key that verified the request (signs the answer), or null in dev mode
   */
  public ServeResponse inBand(ServeRequest request, @Nullable String signingKey) {
    JsonNode body = CallRequest.readJson(request.body());
    JsonNode urlNode = body.isObject() ? body.get("url") : null;
    if (urlNode == null || !urlNode.isTextual() || !isHttpUrl(urlNode.asText())) {
      throw new BadRequestException("in-band sync needs a body {\"url\": \"<http(s) URL>\"}");
    }
    String url = urlNode.asText();
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    answer.put("app_id", config.appId());
    answer.set("capabilities", SyncPayload.capabilities(config));
    if (config.env().isPresent()) {
      answer.put("env", config.env().get());
    } else {
      answer.putNull("env");
    }
    answer.put("framework", config.framework());
    answer.set("functions", SyncPayload.functions(table, url));
    answer.set(
        "inspection",
        Introspection.body(config, table.all().size(), signingKey == null ? null : Boolean.TRUE));
    answer.set("platform", NullNode.getInstance());
    answer.put("sdk_author", "handymanworkflows");
    answer.put("sdk_language", InngestSdk.LANGUAGE);
    answer.put("sdk_version", InngestSdk.VERSION);
    answer.put("sdk", InngestSdk.SDK);
    answer.put("url", url);
    return responses.json(200, answer, signingKey, Map.of("x-inngest-sync-kind", "in_band"));
  }

  /**
   * Performs an out-of-band sync: {@code POST /fn/register} and maps the result. One sync runs at a
   * time; a {@code PUT} arriving meanwhile gets {@code 409} instead of holding another thread on an
   * outbound call.
   *
   * @param authenticated whether the {@code PUT} was signed by Inngest; only then does the answer
   *     carry Inngest's own error message, otherwise errors are generic and details go to the log
   */
  public ServeResponse outOfBand(ServeRequest request, boolean authenticated) {
    if (!syncing.compareAndSet(false, true)) {
      return syncResult(
          409, "a sync is already in progress; try again when it has finished", false);
    }
    try {
      return register(request, authenticated);
    } finally {
      syncing.set(false);
    }
  }

  private ServeResponse register(ServeRequest request, boolean authenticated) {
    String serverKind = request.header("X-Inngest-Server-Kind").orElse(null);
    if (config.isDev() && serverKind != null && !serverKind.equalsIgnoreCase("dev")) {
      LOGGER.warn("dev mode SDK received a sync from a '{}' server", sanitize(serverKind));
    }
    String url = serveUrl(request);
    String deployId = request.queryParam("deployId").filter(s -> !s.isBlank()).orElse(null);
    String path =
        "/fn/register"
            + (deployId == null
                ? ""
                : "?deployId=" + URLEncoder.encode(deployId, StandardCharsets.UTF_8));
    Map<String, String> extra = new LinkedHashMap<>();
    extra.put("x-inngest-sync-kind", "out_of_band");
    if (serverKind != null) {
      extra.put("X-Inngest-Expected-Server-Kind", serverKind);
    }
    byte[] body = WireFormat.bytes(SyncPayload.registerBody(config, table, url));
    InngestTransport.Response response;
    try {
      response = api.send("POST", path, extra, body);
    } catch (IOException e) {
      LOGGER.warn(
          "sync failed: Inngest at {} is unreachable: {}", config.apiBaseUrl(), e.toString());
      return syncResult(500, "could not reach Inngest; see the app's log", false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return syncResult(500, "interrupted while syncing with Inngest", false);
    }
    JsonNode json = parseQuietly(response.body());
    if (response.status() >= 200 && response.status() < 300) {
      boolean modified = json != null && json.path("modified").asBoolean(false);
      LOGGER.info(
          "synced {} functions with Inngest at {} (modified: {})",
          table.all().size(),
          url,
          modified);
      return syncResult(200, "Successfully synced.", modified);
    }
    String message =
        json != null && json.path("error").isTextual()
            ? json.get("error").asText()
            : "Inngest rejected the sync with status " + response.status();
    LOGGER.warn("sync rejected by Inngest: {} {}", response.status(), sanitize(message));
    return syncResult(
        500, authenticated ? message : "Inngest rejected the sync; see the app's log", false);
  }

  private ServeResponse syncResult(int status, String message, boolean modified) {
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    answer.put("message", message);
    answer.put("modified", modified);
    return responses.json(status, answer, null, Map.of("x-inngest-sync-kind", "out_of_band"));
  }

  /**
   * The serve URL reported to Inngest. In cloud mode it comes only from the configuration: the
   * serve origin (required) and the serve path (default {@code /api/inngest}). In dev mode a
   * missing origin or path is taken from the request, as the Dev Server expects. Never carries the
   * request's query string: registered query parameters are copied into every runtime URL, where a
   * caller-chosen {@code fnId} would re-target calls.
   */
  public String serveUrl(ServeRequest request) {
    if (!config.isDev()) {
      URI origin =
          config
              .serveOrigin()
              .orElseThrow(() -> new IllegalStateException("cloud mode without a serve origin"));
      return origin + config.registeredServePath();
    }
    String origin = config.serveOrigin().map(URI::toString).orElseGet(() -> origin(request));
    String path = config.servePath().orElse(request.uri().getRawPath());
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    return origin + path;
  }

  private static String origin(ServeRequest request) {
    URI uri = request.uri();
    if (uri.isAbsolute() && uri.getRawAuthority() != null) {
      return uri.getScheme() + "://" + uri.getRawAuthority();
    }
    String host =
        request
            .header("Host")
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "cannot compute the serve URL: the request has no Host header;"
                            + " set INNGEST_SERVE_ORIGIN"));
    String scheme =
        request
            .header("X-Forwarded-Proto")
            .map(v -> v.split(",")[0].trim().toLowerCase(Locale.ROOT))
            .filter(v -> v.equals("http") || v.equals("https"))
            .orElse("http");
    return scheme + "://" + host;
  }

  /** Keeps text from a request or a remote answer on one log line, and short. */
  private static String sanitize(String text) {
    String oneLine = text.replaceAll("[\\r\\n\\t]", " ");
    return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static @Nullable JsonNode parseQuietly(byte[] body) {
    try {
      return CallRequest.readJson(body);
    } catch (BadRequestException e) {
      return null;
    }
  }
}
