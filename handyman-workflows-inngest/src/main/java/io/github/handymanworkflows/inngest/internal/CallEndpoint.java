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
import io.github.handymanworkflows.execution.ExecutionCore;
import io.github.handymanworkflows.execution.ExecutionOutcome;
import io.github.handymanworkflows.execution.ExecutionRequest;
import io.github.handymanworkflows.execution.ExecutionResult;
import io.github.handymanworkflows.execution.WireFormat;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestTransport;
import io.github.handymanworkflows.inngest.ServeRequest;
import io.github.handymanworkflows.inngest.ServeResponse;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST}: a call request. Parses the body into an {@link ExecutionRequest}, fetches the
 * payload from the API when {@code use_api} is set, runs the core and maps its outcome to HTTP.
 */
public final class CallEndpoint {

  private static final Logger LOGGER = LoggerFactory.getLogger(CallEndpoint.class);

  private final InngestConfig config;
  private final FunctionTable table;
  private final ExecutionCore core;
  private final ApiClient api;
  private final Responses responses;

  /** Creates the endpoint. */
  public CallEndpoint(
      InngestConfig config,
      FunctionTable table,
      ExecutionCore core,
      ApiClient api,
      Responses responses) {
    this.config = config;
    this.table = table;
    this.core = core;
    this.api = api;
    this.responses = responses;
  }

  /**
   * Handles an authenticated call request.
   *
   * @param signingKey the key that verified it (signs the answer), or null in dev mode
   */
  public ServeResponse call(ServeRequest request, @Nullable String signingKey) {
    String fnId =
        request
            .queryParam("fnId")
            .filter(s -> !s.isBlank())
            .orElseThrow(() -> new BadRequestException("query parameter 'fnId' is required"));
    Optional<WorkflowFunction> found = table.find(fnId);
    if (found.isEmpty()) {
      LOGGER.warn("call request for unknown function '{}'", fnId);
      return responses.error(
          500,
          "function '" + fnId + "' is not served by app '" + config.appId() + "'",
          false,
          signingKey);
    }
    WorkflowFunction function = found.get();
    CallRequest call = CallRequest.parse(request.body());
    List<JsonNode> events = call.events();
    Map<String, JsonNode> steps = call.steps();
    if (call.useApi()) {
      if (call.runId().isEmpty()) {
        throw new BadRequestException("'ctx.use_api' is set but 'ctx.run_id' is missing");
      }
      try {
        events = fetchEvents(call.runId());
        steps = fetchSteps(call.runId());
      } catch (PayloadUnavailable e) {
        LOGGER.warn("run {}: {}", call.runId(), e.getMessage());
        return responses.error(500, e.getMessage(), false, signingKey);
      }
    }
    if (events.isEmpty()) {
      throw new BadRequestException("the call request carries no event ('event' or 'events')");
    }
    String stepId =
        request
            .queryParam("stepId")
            .or(() -> request.header("X-Inngest-Step-ID"))
            .filter(s -> !s.isBlank())
            .orElse(ExecutionRequest.DISCOVERY_STEP_ID);
    ExecutionRequest execution =
        new ExecutionRequest(
            function,
            config.appId(),
            call.runId(),
            events,
            steps,
            call.stack(),
            stepId,
            call.disableImmediateExecution(),
            call.attempt(),
            call.maxAttempts() == null ? function.maxAttempts() : call.maxAttempts());
    ExecutionResult result = core.execute(execution);
    return respond(result.outcome(), signingKey);
  }

  private ServeResponse respond(ExecutionOutcome outcome, @Nullable String signingKey) {
    if (outcome instanceof ExecutionOutcome.Completed completed) {
      return responses.json(200, completed.result(), signingKey, Map.of());
    }
    if (outcome instanceof ExecutionOutcome.Steps steps) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("X-Inngest-No-Retry", Boolean.toString(steps.noRetry()));
      if (steps.retryAfter() != null) {
        headers.put("Retry-After", steps.retryAfter().headerValue());
      }
      return responses.json(206, WireFormat.ops(steps.ops()), signingKey, headers);
    }
    if (outcome instanceof ExecutionOutcome.Failed failed) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("X-Inngest-No-Retry", Boolean.toString(!failed.retriable()));
      if (failed.retryAfter() != null) {
        headers.put("Retry-After", failed.retryAfter().headerValue());
      }
      return responses.json(
          failed.retriable() ? 500 : 400, WireFormat.error(failed.error()), signingKey, headers);
    }
    ExecutionOutcome.StepNotFound notFound = (ExecutionOutcome.StepNotFound) outcome;
    return responses.json(
        500, WireFormat.stepNotFound(notFound), signingKey, Map.of("X-Inngest-No-Retry", "false"));
  }

  private List<JsonNode> fetchEvents(String runId) throws PayloadUnavailable {
    JsonNode batch = fetch(runId, "batch");
    if (!batch.isArray()) {
      throw new PayloadUnavailable("Inngest's run batch for " + runId + " is not a JSON array");
    }
    List<JsonNode> events = new ArrayList<>();
    for (JsonNode event : batch) {
      if (!event.isObject()) {
        throw new PayloadUnavailable("Inngest's run batch for " + runId + " holds a non-object");
      }
      events.add(event);
    }
    return events;
  }

  private Map<String, JsonNode> fetchSteps(String runId) throws PayloadUnavailable {
    JsonNode actions = fetch(runId, "actions");
    try {
      return CallRequest.steps(actions, "actions");
    } catch (BadRequestException e) {
      throw new PayloadUnavailable("Inngest's run actions for " + runId + " are not an object");
    }
  }

  private JsonNode fetch(String runId, String what) throws PayloadUnavailable {
    String path = "/v0/runs/" + URLEncoder.encode(runId, StandardCharsets.UTF_8) + "/" + what;
    InngestTransport.Response response;
    try {
      response = api.send("GET", path, Map.of(), new byte[0]);
    } catch (IOException e) {
      throw new PayloadUnavailable(
          "could not load the run's payload: GET " + path + " failed: " + e.getClass().getName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PayloadUnavailable("interrupted while loading the run's payload");
    }
    if (response.status() != 200) {
      throw new PayloadUnavailable(
          "could not load the run's payload: GET " + path + " answered " + response.status());
    }
    try {
      return CallRequest.readJson(response.body());
    } catch (BadRequestException e) {
      throw new PayloadUnavailable(
          "could not load the run's payload: GET " + path + " did not answer JSON");
    }
  }

  /** The {@code use_api} payload could not be loaded; the call is answered 500 and retried. */
  private static final class PayloadUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    PayloadUnavailable(String message) {
      super(message, null, false, false);
    }
  }
}
