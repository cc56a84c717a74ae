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

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refused request as one shape: an RFC 9457 problem detail ({@code application/problem+json})
 * with a stable {@code code} and, where one is at fault, the request {@code field}. Spring MVC's
 * own errors (no route, wrong method, wrong media type) come through {@link
 * ResponseEntityExceptionHandler}; anything unexpected is a 500 without a stack trace.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger LOGGER = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    return ResponseEntity.status(e.status())
        .body(problem(e.status(), e.error(), e.field(), e.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    int status = ProblemResponses.clientError(e);
    if (status > 0) {
      return ResponseEntity.status(status)
          .body(problem(status, code(status), null, "the request could not be read"));
    }
    LOGGER.error("request failed", e);
    return ResponseEntity.status(500)
        .body(problem(500, "internal_error", null, "the request failed; see the server log"));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (response != null && response.getBody() instanceof ProblemDetail detail) {
      detail.setProperty("code", code(statusCode.value()));
    }
    return response;
  }

  /** A problem detail in the app's shape. */
  static ProblemDetail problem(int status, String code, @Nullable String field, String detail) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    problem.setType(URI.create("about:blank"));
    problem.setProperty("code", code);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }

  /** The stable code of a status Spring answered by itself. */
  static String code(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "http_" + status : known.name().toLowerCase(java.util.Locale.ROOT);
  }
}
