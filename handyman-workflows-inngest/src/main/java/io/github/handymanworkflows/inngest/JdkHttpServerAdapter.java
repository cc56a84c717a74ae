package io.github.handymanworkflows.inngest;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Serves an {@link InngestServeHandler} from the JDK's built-in {@link HttpServer}.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(3000), 0);
 * JdkHttpServerAdapter.mount(server, "/api/inngest", app.handler());
 * server.start();
 * }</pre>
 */
public final class JdkHttpServerAdapter implements HttpHandler {

  private final InngestServeHandler handler;

  /** Wraps a handler. */
  public JdkHttpServerAdapter(InngestServeHandler handler) {
    this.handler = Objects.requireNonNull(handler, "handler must not be null");
  }

  /** Mounts a handler on a path of a server. */
  public static HttpContext mount(HttpServer server, String path, InngestServeHandler handler) {
    Objects.requireNonNull(server, "server must not be null");
    Objects.requireNonNull(path, "path must not be null");
    return server.createContext(path, new JdkHttpServerAdapter(handler));
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = readCapped(exchange.getRequestBody(), InngestServeHandler.MAX_BODY_BYTES + 1);
      Map<String, String> headers = new HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name, String.join(",", values)));
      ServeResponse response =
          handler.handle(
              new ServeRequest(exchange.getRequestMethod(), absolute(exchange), headers, body));
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      boolean noBody = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
      exchange.sendResponseHeaders(
          response.status(), noBody || response.body().length == 0 ? -1 : response.body().length);
      if (!noBody && response.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(response.body());
        }
      }
    }
  }

  private static URI absolute(HttpExchange exchange) {
    URI requested = exchange.getRequestURI();
    List<String> host = exchange.getRequestHeaders().get("Host");
    if (host == null || host.isEmpty()) {
      return requested;
    }
    String scheme = exchange.getHttpContext().getServer() instanceof HttpsServer ? "https" : "http";
    List<String> forwarded = exchange.getRequestHeaders().get("X-Forwarded-Proto");
    if (forwarded != null && !forwarded.isEmpty()) {
      String first = forwarded.get(0).split(",")[0].trim();
      if (first.equals("http") || first.equals("https")) {
        scheme = first;
      }
    }
    try {
      return URI.create(
          scheme
              + "://"
              + host.get(0)
              + requested.getRawPath()
              + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery()));
    } catch (IllegalArgumentException e) {
      // A malformed Host header: fall back to the relative URI; sync then reports it clearly.
      return requested;
    }
  }

  /** Reads at most {@code limit} bytes, so an oversized body cannot exhaust memory. */
  private static byte[] readCapped(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    int total = 0;
    int n;
    while (total < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - total))) > 0) {
      out.write(buffer, 0, n);
      total += n;
    }
    // Whatever is left is not read: the server drains a little and otherwise drops the connection.
    return out.toByteArray();
  }
}
