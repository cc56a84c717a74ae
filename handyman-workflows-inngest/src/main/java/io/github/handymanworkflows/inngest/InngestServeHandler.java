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
package io.github.handymanworkflows.inngest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.inngest.internal.ApiClient;
import io.github.handymanworkflows.inngest.internal.BadRequestException;
import io.github.handymanworkflows.inngest.internal.CallEndpoint;
import io.github.handymanworkflows.inngest.internal.FunctionTable;
import io.github.handymanworkflows.inngest.internal.Introspection;
import io.github.handymanworkflows.inngest.internal.LogLimiter;
import io.github.handymanworkflows.inngest.internal.ReplayCache;
import io.github.handymanworkflows.inngest.internal.Responses;
import io.github.handymanworkflows.inngest.internal.SyncEndpoint;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Inngest serve endpoint, independent of the web framework: mount {@link #handle} on one URL
 * (conventionally {@code /api/inngest}) for GET, PUT and POST.
 *
 * <ul>
 *   <li>{@code GET}: introspection (schema 2024-05-24); privileged fields only with a valid
 *       signature.
 *   <li>{@code PUT}: sync; out-of-band posts the config to Inngest, signed in-band ({@code
 *       x-inngest-sync-kind: in_band}) answers with it.
 *   <li>{@code POST}: a call request ({@code ?fnId=…&stepId=…}), or a trust probe ({@code
 *       ?probe=trust}).
 * </ul>
 *
 * <p>Whenever a signing key is configured (always in cloud mode, and in dev mode too when one is
 * set), call requests, trust probes and in-band syncs must carry a valid {@code
 * X-Inngest-Signature} that was not used before; otherwise the answer is {@code 401} and no
 * function code runs. In cloud mode an out-of-band sync must be signed too, unless {@link
 * InngestConfig#allowUnauthenticatedSync()}; the URL it registers comes only from the
 * configuration. Malformed requests get a {@code 400} naming the problem, never a stack trace.
 * Thread-safe.
 */
public final class InngestServeHandler {

  /**
   * The largest request body accepted. Inngest sends at most 4 MB of run state and switches to
   * {@code use_api} above that; the rest is room for the envelope.
   */
  public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

  private static final Logger LOGGER = LoggerFactory.getLogger(InngestServeHandler.class);
  private static final List<String> SINGLE_PARAMS = List.of("fnId", "stepId", "probe");

  private final InngestConfig config;
  private final FunctionTable table;
  private final Signatures signatures;
  private final ReplayCache replays;
  private final LogLimiter rejectionLog;
  private final Responses responses;
  private final SyncEndpoint sync;
  private final CallEndpoint calls;

  /**
   * Creates the handler.
   *
   * @param config the configuration; validated here (cloud mode needs a signing key and the serve
   *     origin)
   * @param functions the functions served; failure handlers are registered as {@code <id>-failure}
   * @param core runs call requests
   * @param transport reaches Inngest's API for sync and {@code use_api}
   * @param clock checks signature timestamps and signs responses
   * @throws IllegalStateException when the configuration cannot serve (see {@link
   *     InngestConfig#validate()})
   * @throws IllegalArgumentException when two functions share an id
   */
  public InngestServeHandler(
      InngestConfig config,
      List<WorkflowFunction> functions,
      ExecutionCore core,
      InngestTransport transport,
      Clock clock) {
    this.config = Objects.requireNonNull(config, "config must not be null").validate();
    Objects.requireNonNull(functions, "functions must not be null");
    Objects.requireNonNull(core, "core must not be null");
    Objects.requireNonNull(transport, "transport must not be null");
    Objects.requireNonNull(clock, "clock must not be null");
    this.table = new FunctionTable(config.appId(), functions);
    this.signatures =
        new Signatures(
            config.signingKey().orElse(null), config.signingKeyFallback().orElse(null), clock);
    this.replays = new ReplayCache(clock, ReplayCache.DEFAULT_CAPACITY);
    this.rejectionLog = new LogLimiter(clock, Duration.ofMinutes(1));
    this.responses = new Responses(config, signatures);
    ApiClient api = new ApiClient(config, transport);
    this.sync = new SyncEndpoint(config, table, api, responses);
    this.calls = new CallEndpoint(config, table, core, api, responses);
    if (config.isDev() && !verifying()) {
      LOGGER.warn(
          "Inngest dev mode without a signing key: call requests, syncs and trust probes are NOT"
              + " authenticated, so anyone who can reach the serve endpoint can run every"
              + " function. Use it only with a local Dev Server; unset INNGEST_DEV in production.");
    } else if (config.isDev()) {
      LOGGER.warn(
          "Inngest dev mode with a signing key: calls are still verified, but unsigned syncs are"
              + " accepted and, without INNGEST_SERVE_ORIGIN, register the URL derived from the"
              + " request. Unset INNGEST_DEV in production.");
    }
  }

  /** The configuration. */
  public InngestConfig config() {
    return config;
  }

  /** Every function served, failure companions included. */
  public List<WorkflowFunction> functions() {
    return table.all();
  }

  /**
   * Answers a request from its method, URI and headers alone when it will be refused whatever its
   * body: a body declared larger than {@link #MAX_BODY_BYTES} ({@code 413}), or a call, probe or
   * sync that needs a signature and carries none, or one outside the time window ({@code 401}).
   * Adapters call this before reading the body so that such a body is never buffered.
   *
   * @param contentLength the declared body length, or -1 when unknown (chunked)
   * @return the answer {@link #handle} would give, or empty when the body must be read
   */
  public Optional<ServeResponse> refuseEarly(
      String method, URI uri, Map<String, String> headers, long contentLength) {
    if (contentLength > MAX_BODY_BYTES) {
      return Optional.of(tooLarge());
    }
    ServeRequest head = new ServeRequest(method, uri, headers, new byte[0]);
    boolean needsSignature =
        switch (head.method()) {
          case "POST" -> verifying();
          case "PUT" -> sync.isInBand(head) ? verifying() : !unsignedSyncAllowed();
          default -> false;
        };
    if (needsSignature && !signatures.plausible(head.header("X-Inngest-Signature").orElse(null))) {
      logRejection(head, "no signature, or one outside the time window");
      return Optional.of(responses.unauthorized());
    }
    return Optional.empty();
  }

  /** Handles one request. Never throws. */
  public ServeResponse handle(ServeRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    try {
      if (request.body().length > MAX_BODY_BYTES) {
        return tooLarge();
      }
      for (String name : SINGLE_PARAMS) {
        int count = request.queryParams(name).size();
        if (count > 1) {
          throw new BadRequestException(
              "query parameter '" + name + "' appears " + count + " times; give it once");
        }
      }
      return switch (request.method()) {
        case "GET" -> introspect(request);
        case "PUT" -> put(request);
        case "POST" -> post(request);
        default ->
            responses.message(
                405,
                "method " + request.method() + " is not allowed; use GET, PUT or POST",
                Map.of("Allow", "GET, PUT, POST"));
      };
    } catch (BadRequestException e) {
      return responses.error(400, e.getMessage(), true, null);
    } catch (RuntimeException e) {
      LOGGER.error("the Inngest serve handler failed on {} {}", request.method(), path(request), e);
      return responses.error(500, "internal error in the Inngest serve handler", false, null);
    }
  }

  private ServeResponse tooLarge() {
    return responses.error(
        413, "the request body is larger than the " + MAX_BODY_BYTES + "-byte limit", true, null);
  }

  /** Whether requests are verified: a signing key is configured (always so in cloud mode). */
  private boolean verifying() {
    return config.signingKey().isPresent();
  }

  private ServeResponse introspect(ServeRequest request) {
    Boolean authenticated = null;
    if (verifying()) {
      Optional<String> header = request.header("X-Inngest-Signature");
      if (header.isPresent()) {
        authenticated = signatures.verify(header.get(), new byte[0]).isPresent();
      }
    }
    return responses.json(
        200, Introspection.body(config, table.all().size(), authenticated), null, Map.of());
  }

  private ServeResponse put(ServeRequest request) {
    if (sync.isInBand(request)) {
      if (!verifying()) {
        return sync.inBand(request, null);
      }
      Optional<String> key = verify(request, false);
      if (key.isEmpty()) {
        return responses.unauthorized();
      }
      return sync.inBand(request, key.get());
    }
    if (request.header("X-Inngest-Signature").isPresent() && verifying()) {
      Optional<String> key = verify(request, false);
      if (key.isEmpty()) {
        return responses.unauthorized();
      }
      return sync.outOfBand(request, true);
    }
    if (!unsignedSyncAllowed()) {
      logRejection(request, "unsigned sync");
      return responses.unauthorized();
    }
    return sync.outOfBand(request, false);
  }

  private boolean unsignedSyncAllowed() {
    return config.isDev() || config.allowUnauthenticatedSync();
  }

  private ServeResponse post(ServeRequest request) {
    String key = null;
    if (verifying()) {
      Optional<String> verified = verify(request, true);
      if (verified.isEmpty()) {
        return responses.unauthorized();
      }
      key = verified.get();
    }
    Optional<String> probe = request.queryParam("probe");
    if (probe.isPresent()) {
      if (!probe.get().equals("trust")) {
        throw new BadRequestException("unknown probe '" + probe.get() + "'; only 'trust' exists");
      }
      return responses.json(200, JsonNodeFactory.instance.objectNode(), key, Map.of());
    }
    return calls.call(request, key);
  }

  /**
   * Verifies the signature.
   *
   * @param once whether a second use of the signature for the same function, step and probe is
   *     refused: calls and probes run code; a replayed sync only re-registers the configured URL or
   *     answers the config again, so syncs are not tracked
   * @return the key that verified, or empty (already logged, rate-limited)
   */
  private Optional<String> verify(ServeRequest request, boolean once) {
    Optional<Signatures.Verified> verified =
        signatures.check(request.header("X-Inngest-Signature").orElse(null), request.body());
    if (verified.isEmpty()) {
      logRejection(request, "missing or invalid signature");
      return Optional.empty();
    }
    if (!once) {
      return Optional.of(verified.get().key());
    }
    // What the call will resolve to, not the raw parameters: a bare function id, or a step id moved
    // from the query to the header, must not make a replay look new.
    String fnId = request.queryParam("fnId").orElse("");
    String function = table.find(fnId).map(WorkflowFunction::id).orElse(fnId);
    String target =
        "fn="
            + function
            + " step="
            + request
                .queryParam("stepId")
                .or(() -> request.header("X-Inngest-Step-ID"))
                .filter(id -> !id.isBlank())
                .orElse(ExecutionRequest.DISCOVERY_STEP_ID)
            + " probe="
            + request.queryParam("probe").orElse("");
    if (!replays.firstUse(verified.get(), target)) {
      logRejection(request, "signature already used (replay)");
      return Optional.empty();
    }
    return Optional.of(verified.get().key());
  }

  private void logRejection(ServeRequest request, String why) {
    OptionalLong suppressed = rejectionLog.permit();
    if (suppressed.isPresent()) {
      LOGGER.warn(
          "rejected {} {}: {} ({} similar rejections not logged in the last minute)",
          request.method(),
          path(request),
          why,
          suppressed.getAsLong());
    }
  }

  private static String path(ServeRequest request) {
    String path = request.uri().getRawPath();
    return path == null ? "/" : path;
  }
}
