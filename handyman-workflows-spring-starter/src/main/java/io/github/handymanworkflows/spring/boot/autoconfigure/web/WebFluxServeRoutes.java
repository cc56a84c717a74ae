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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Mounts a {@link ServeEndpoint} on WebFlux. Workflow code blocks (steps call databases and mail
 * providers), so requests are handled on the bounded elastic scheduler, never on an event loop.
 */
public final class WebFluxServeRoutes {

  private WebFluxServeRoutes() {}

  /** A route answering every method at {@code path}. */
  public static RouterFunction<ServerResponse> route(String path, ServeEndpoint endpoint) {
    return RouterFunctions.route(RequestPredicates.path(path), request -> serve(request, endpoint));
  }

  private static Mono<ServerResponse> serve(ServerRequest request, ServeEndpoint endpoint) {
    Map<String, String> headers = new LinkedHashMap<>();
    request
        .headers()
        .asHttpHeaders()
        .forEach((String name, List<String> values) -> headers.put(name, String.join(",", values)));
    return DataBufferUtils.join(
            request.body(BodyExtractors.toDataBuffers()), InngestServeHandler.MAX_BODY_BYTES + 1)
        .map(WebFluxServeRoutes::bytes)
        .defaultIfEmpty(new byte[0])
        .publishOn(Schedulers.boundedElastic())
        .map(
            body ->
                endpoint.handle(
                    new ServeRequest(request.method().name(), request.uri(), headers, body)))
        .flatMap(WebFluxServeRoutes::write)
        .onErrorResume(
            DataBufferLimitException.class,
            e ->
                ServerResponse.status(HttpStatusCode.valueOf(413))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(
                        "{\"status\":413,\"error\":\"the request body is larger than the "
                            + InngestServeHandler.MAX_BODY_BYTES
                            + "-byte limit\"}"));
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  private static Mono<ServerResponse> write(ServeResponse response) {
    return ServerResponse.status(HttpStatusCode.valueOf(response.status()))
        .headers(h -> response.headers().forEach(h::set))
        .bodyValue(response.body());
  }
}
