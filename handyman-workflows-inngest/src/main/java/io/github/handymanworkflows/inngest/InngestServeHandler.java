package io.github.handymanworkflows.inngest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.inngest.internal.ApiClient;
import io.github.handymanworkflows.inngest.internal.BadRequestException;
import io.github.handymanworkflows.inngest.internal.CallEndpoint;
import io.github.handymanworkflows.inngest.internal.FunctionTable;
import io.github.handymanworkflows.inngest.internal.Introspection;
import io.github.handymanworkflows.inngest.internal.Responses;
import io.github.handymanworkflows.inngest.internal.SyncEndpoint;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Inngest serve endpoint, independent of the web framework: mount {@link #handle} on one URL
 * (conventionally {@code /api/inngest}) for GET, PUT and POST.
 *
 * <ul>
 *   <li>{@code GET}: introspection (schema 2024-05-24); privileged fields only with a valid
 *       signature in cloud mode.
 *   <li>{@code PUT}: sync; out-of-band posts the config to Inngest, signed in-band ({@code
 *       x-inngest-sync-kind: in_band}) answers with it.
 *   <li>{@code POST}: a call request ({@code ?fnId=…&stepId=…}), or a trust probe ({@code
 *       ?probe=trust}).
 * </ul>
 *
 * <p>In cloud mode call requests, trust probes and in-band syncs must carry a valid {@code
 * X-Inngest-Signature}; otherwise the answer is {@code 401} and no function code runs. Malformed
 * requests get a {@code 400} naming the problem, never a stack trace. Thread-safe.
 */
public final class InngestServeHandler {

  /**
   * The largest request body accepted. Inngest sends at most 4 MB of run state and switches to
   * {@code use_api} above that; the rest is room for the envelope.
   */
  public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

  private static final Logger LOGGER = LoggerFactory.getLogger(InngestServeHandler.class);

  private final InngestConfig config;
  private final FunctionTable table;
  private final Signatures signatures;
  private final Responses responses;
  private final SyncEndpoint sync;
  private final CallEndpoint calls;

  /**
   * Creates the handler.
   *
   * @param config the configuration; validated here (cloud mode needs a signing key)
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
    this.responses = new Responses(config, signatures);
    ApiClient api = new ApiClient(config, transport);
    this.sync = new SyncEndpoint(config, table, api, responses);
    this.calls = new CallEndpoint(config, table, core, api, responses);
  }

  /** The configuration. */
  public InngestConfig config() {
    return config;
  }

  /** Every function served, failure companions included. */
  public List<WorkflowFunction> functions() {
    return table.all();
  }

  /** Handles one request. Never throws. */
  public ServeResponse handle(ServeRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    try {
      if (request.body().length > MAX_BODY_BYTES) {
        return responses.error(
            400,
            "the request body is larger than the " + MAX_BODY_BYTES + "-byte limit",
            true,
            null);
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

  private ServeResponse introspect(ServeRequest request) {
    Boolean authenticated = null;
    if (!config.isDev()) {
      Optional<String> header = request.header("X-Inngest-Signature");
      if (header.isPresent()) {
        authenticated = signatures.verify(header.get(), new byte[0]).isPresent();
      }
    }
    return responses.json(
        200, Introspection.body(config, table.all().size(), authenticated), null, Map.of());
  }

  private ServeResponse put(ServeRequest request) {
    if (!sync.isInBand(request)) {
      return sync.outOfBand(request);
    }
    if (config.isDev()) {
      return sync.inBand(request, null);
    }
    Optional<String> key = verify(request);
    if (key.isEmpty()) {
      return responses.unauthorized();
    }
    return sync.inBand(request, key.get());
  }

  private ServeResponse post(ServeRequest request) {
    String key = null;
    if (!config.isDev()) {
      Optional<String> verified = verify(request);
      if (verified.isEmpty()) {
        LOGGER.warn("rejected an unsigned or wrongly signed POST to {}", path(request));
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

  private Optional<String> verify(ServeRequest request) {
    return signatures.verify(request.header("X-Inngest-Signature").orElse(null), request.body());
  }

  private static String path(ServeRequest request) {
    String path = request.uri().getRawPath();
    return path == null ? "/" : path;
  }
}
