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
package io.github.handymanworkflows.sample.app;

import io.github.handymanworkflows.internal.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The errors that never reach a controller advice — a {@code sendError} from Spring or the servlet
 * container, an exception thrown by a filter — answered as problem details too, instead of the
 * container's HTML page or Boot's {@code /error} JSON. Runs first, around everything else. (A
 * wildcard or malformed {@code Content-Type} is answered by the starter's {@code
 * WildcardContentTypeFilter}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses extends OncePerRequestFilter {

  private static final Logger LOGGER = LoggerFactory.getLogger(ProblemResponses.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, new ProblemOnSendError(response));
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        LOGGER.error("request failed after the answer was committed", e);
        return;
      }
      response.resetBuffer();
      int status = clientError(e);
      if (status > 0) {
        write(response, status, "the request could not be read");
      } else {
        LOGGER.error("request failed outside the controllers", e);
        write(response, 500, "the request failed; see the server log");
      }
    }
  }

  /**
   * The status for an exception the request itself caused (an unreadable form body, a parameter in
   * a broken charset), or 0 for a failure of the app.
   */
  static int clientError(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // Tomcat 11 reports a parameter in a broken charset with this type; Tomcat 10.1 has none.
      if (t instanceof HttpMessageNotReadableException
          || t.getClass()
              .getName()
              .equals("org.apache.tomcat.util.http.InvalidParameterException")) {
        return 400;
      }
      if (t instanceof InvalidMediaTypeException) {
        return 415;
      }
    }
    return 0;
  }

  static void write(HttpServletResponse response, int status, String detail) throws IOException {
    HttpStatus known = HttpStatus.resolve(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", known == null ? "Error" : known.getReasonPhrase());
    body.put("status", status);
    body.put("detail", detail);
    body.put("code", ApiErrors.code(status));
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.getOutputStream().write(Json.mapper().writeValueAsBytes(body));
    response.flushBuffer();
  }

  /** Turns {@code sendError} into a written problem detail. */
  private static final class ProblemOnSendError extends HttpServletResponseWrapper {

    ProblemOnSendError(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      sendError(status);
    }

    @Override
    public void sendError(int status) throws IOException {
      if (isCommitted()) {
        super.sendError(status);
        return;
      }
      resetBuffer();
      HttpStatus known = HttpStatus.resolve(status);
      // The container's message may echo the request; a fixed text per status is enough.
      write(
          (HttpServletResponse) getResponse(),
          status,
          known == null ? "the request failed" : known.getReasonPhrase().toLowerCase());
    }
  }
}
