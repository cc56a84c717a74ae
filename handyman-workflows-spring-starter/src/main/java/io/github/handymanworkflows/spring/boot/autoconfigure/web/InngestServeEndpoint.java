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
package io.github.handymanworkflows.spring.boot.autoconfigure.web;

import io.github.handymanworkflows.inngest.InngestServeHandler;
import io.github.handymanworkflows.inngest.ServeRequest;
import io.github.handymanworkflows.inngest.ServeResponse;
import io.github.handymanworkflows.spring.boot.autoconfigure.metrics.WorkflowMetrics;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The serve endpoint in inngest mode: the Inngest serve handler, with call requests timed. */
public final class InngestServeEndpoint implements ServeEndpoint {

  private final InngestServeHandler handler;
  private final WorkflowMetrics metrics;
  private final Set<String> functionIds;

  /** Wraps a handler. */
  public InngestServeEndpoint(InngestServeHandler handler, WorkflowMetrics metrics) {
    this.handler = Objects.requireNonNull(handler, "handler must not be null");
    this.metrics = Objects.requireNonNull(metrics, "metrics must not be null");
    // Only ids the app serves become tags, so unknown ids in requests cannot add meters.
    String prefix = handler.config().appId() + "-";
    this.functionIds =
        handler.functions().stream().map(f -> prefix + f.id()).collect(Collectors.toSet());
  }

  @Override
  public ServeResponse handle(ServeRequest request) {
    Optional<String> fnId =
        request.method().equals("POST") ? request.queryParam("fnId") : Optional.empty();
    long start = System.nanoTime();
    ServeResponse response = handler.handle(request);
    fnId.filter(functionIds::contains)
        .ifPresent(
            id ->
                metrics.callDuration(
                    id, response.status(), Duration.ofNanos(System.nanoTime() - start)));
    return response;
  }

  /** The wrapped handler. */
  public InngestServeHandler handler() {
    return handler;
  }
}
