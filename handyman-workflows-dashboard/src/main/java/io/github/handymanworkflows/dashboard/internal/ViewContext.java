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
package io.github.handymanworkflows.dashboard.internal;

import io.github.handymanworkflows.engine.EmbeddedEngine;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What every page needs.
 *
 * @param engine the engine whose runs are shown
 * @param zone the business zone times are shown in
 * @param base the dashboard's mount path
 * @param readOnly whether actions are off
 * @param csrf this browser's CSRF token, for the forms
 * @param now the engine clock's time
 */
public record ViewContext(
    EmbeddedEngine engine, ZoneId zone, String base, boolean readOnly, String csrf, Instant now) {

  /** The link to one run. */
  public String runHref(String runId) {
    return base + "/runs/" + PathSegments.encode(runId);
  }

  /** The link to the runs list filtered by function and status (either may be null). */
  public String runsHref(@Nullable String functionId, @Nullable String status) {
    StringBuilder href = new StringBuilder(base).append("/");
    String sep = "?";
    if (functionId != null) {
      href.append(sep).append("function=").append(Html.url(functionId));
      sep = "&";
    }
    if (status != null) {
      href.append(sep).append("status=").append(Html.url(status));
    }
    return href.toString();
  }
}
