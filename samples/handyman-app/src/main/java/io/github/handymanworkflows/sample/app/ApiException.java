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

import org.jspecify.annotations.Nullable;

/**
 * A request the API refuses, answered as an RFC 9457 problem detail with a stable {@code code} and
 * the request {@code field} at fault, if any.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final @Nullable String field;

  /** Creates the exception. */
  public ApiException(int status, String error, @Nullable String field, String message) {
    super(message);
    this.status = status;
    this.error = error;
    this.field = field;
  }

  /** 400 for a field, or for the whole body when {@code field} is null. */
  public static ApiException invalid(@Nullable String field, String message) {
    return new ApiException(
        400, "invalid_request", field, field == null ? message : field + " " + message);
  }

  /** 404. */
  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", null, what + " not found");
  }

  /** 401. */
  public static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", null, message);
  }

  /** 403. */
  public static ApiException forbidden(String message) {
    return new ApiException(403, "forbidden", null, message);
  }

  /** 409. */
  public static ApiException conflict(String message) {
    return new ApiException(409, "conflict", null, message);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** A stable error code. */
  public String error() {
    return error;
  }

  /** The request field at fault, if any. */
  public @Nullable String field() {
    return field;
  }
}
