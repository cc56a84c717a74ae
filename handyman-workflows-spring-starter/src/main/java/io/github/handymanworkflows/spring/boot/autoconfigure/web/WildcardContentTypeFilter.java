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
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 415} to a request whose {@code Content-Type} is a wildcard ({@code *}{@code /*})
 * or not a media type. Spring MVC builds a functional {@code ServerRequest} for every request once
 * a router function is mounted, as the serve endpoint is, and that fails with a 500 on such a
 * header, on any path of the host. The answer is an RFC 9457 problem detail.
 *
 * <p>A body of up to {@link InngestServeHandler#MAX_BODY_BYTES} (what the serve endpoint itself
 * accepts) is read and discarded before the answer. Answered unread, a body larger than the
 * container swallows (Tomcat's {@code maxSwallowSize}, 2 MB by default) makes the container close
 * the connection while the client is still sending it; the client's stack then gets a reset that
 * can discard the 415 before the client has read it, and the client sees the connection fail with
 * no answer at all (the JDK client: "HTTP/1.1 header parser received no bytes").
 */
public final class WildcardContentTypeFilter extends OncePerRequestFilter implements Ordered {

  /** Created by the starter. */
  public WildcardContentTypeFilter() {}

  /** Early, before filters that read the body by its content type. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    if (contentType != null && !acceptable(contentType)) {
      discardBody(request);
      response.setStatus(415);
      response.setContentType("application/problem+json");
      response
          .getOutputStream()
          .write(
              ("{\"type\":\"about:blank\",\"title\":\"Unsupported Media Type\",\"status\":415,"
                      + "\"detail\":\"the Content-Type header is not a concrete media type\"}")
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Reads and discards a body of at most {@link InngestServeHandler#MAX_BODY_BYTES}, so that the
   * client has sent all of it when the answer comes and the connection can carry the next request.
   * A larger one is left to the container, which closes the connection with {@code Connection:
   * close}.
   */
  private static void discardBody(HttpServletRequest request) {
    long declared = request.getContentLengthLong();
    if (declared > InngestServeHandler.MAX_BODY_BYTES) {
      return;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] buffer = new byte[16 * 1024];
      long total = 0;
      int n;
      while (total <= InngestServeHandler.MAX_BODY_BYTES && (n = in.read(buffer)) >= 0) {
        total += n;
      }
    } catch (IOException e) {
      // The client stopped sending: the answer below is all that is left to give.
    }
  }

  private static boolean acceptable(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
