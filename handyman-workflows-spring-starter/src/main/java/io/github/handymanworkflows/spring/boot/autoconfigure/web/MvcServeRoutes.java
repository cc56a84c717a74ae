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
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** Mounts a {@link ServeEndpoint} on Spring MVC. */
public final class MvcServeRoutes {

  private MvcServeRoutes() {}

  /** A route answering every method at {@code path}. */
  public static RouterFunction<ServerResponse> route(String path, ServeEndpoint endpoint) {
    return RouterFunctions.route(RequestPredicates.path(path), request -> serve(request, endpoint));
  }

  private static ServerResponse serve(ServerRequest request, ServeEndpoint endpoint)
      throws IOException {
    HttpServletRequest servlet = request.servletRequest();
    byte[] body;
    long declared = servlet.getContentLengthLong();
    try (InputStream in = servlet.getInputStream()) {
      if (declared >= 0 && declared <= InngestServeHandler.MAX_BODY_BYTES) {
        // Sized once: a growing buffer would copy a large body several times.
        body = new byte[(int) declared];
        int read = in.readNBytes(body, 0, body.length);
        if (read < body.length) {
          body = Arrays.copyOf(body, read);
        }
      } else {
        body = in.readNBytes(InngestServeHandler.MAX_BODY_BYTES + 1);
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(servlet.getHeaderNames())) {
      headers.put(name, String.join(",", Collections.list(servlet.getHeaders(name))));
    }
    URI uri = request.uri();
    ServeResponse response =
        endpoint.handle(new ServeRequest(request.method().name(), uri, headers, body));
    return ServerResponse.status(HttpStatusCode.valueOf(response.status()))
        .headers(h -> response.headers().forEach(h::set))
        .body(response.body());
  }
}
