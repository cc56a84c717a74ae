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

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report as an RFC 9457 problem detail rather than an HTML page, for the errors
 * Tomcat answers itself. Nothing of the request or the exception is echoed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  /** Created by Tomcat, by class name. */
  public ProblemErrorReportValve() {}

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String code = ApiErrors.code(status);
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("utf-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + ",\"detail\":\""
                + title.toLowerCase(Locale.ROOT)
                + "\",\"code\":\""
                + code
                + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response was taken over; there is nobody left to tell.
      container.getLogger().debug("could not write the problem report", e);
    }
  }
}
