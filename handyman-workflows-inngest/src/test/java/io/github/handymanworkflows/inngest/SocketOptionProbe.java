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
package io.github.handymanworkflows.inngest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Run in a fresh JVM by {@link JdkServerSettingsIT}: creates a JDK server ({@code factory}: with
 * {@link JdkHttpServerAdapter#createServer}, {@code plain}: with {@code HttpServer.create}), takes
 * one request and prints the {@code TCP_NODELAY} option of the server's side of that connection and
 * the JDK server's request read timeout. Reading them needs {@code --add-opens
 * jdk.httpserver/sun.net.httpserver=ALL-UNNAMED}, which only this probe's JVM gets.
 */
public final class SocketOptionProbe {

  private SocketOptionProbe() {}

  /** Prints {@code tcpNoDelay=<bool>} and {@code maxReqTime=<seconds>}. */
  public static void main(String[] args) throws Exception {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    HttpServer server =
        args[0].equals("factory")
            ? JdkHttpServerAdapter.createServer(address)
            : HttpServer.create(address, 0);
    server.createContext(
        "/probe",
        exchange -> {
          try (exchange) {
            byte[] body =
                ("tcpNoDelay=" + tcpNoDelay(exchange)).getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    server.start();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:" + server.getAddress().getPort() + "/probe"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      System.out.println(response.body());
      Method maxReqTime =
          Class.forName("sun.net.httpserver.ServerConfig").getDeclaredMethod("getMaxReqTime");
      maxReqTime.setAccessible(true);
      System.out.println("maxReqTime=" + maxReqTime.invoke(null));
    } finally {
      server.stop(0);
    }
  }

  private static boolean tcpNoDelay(HttpExchange exchange) {
    try {
      Method impl = exchange.getClass().getDeclaredMethod("getExchangeImpl");
      impl.setAccessible(true);
      Object exchangeImpl = impl.invoke(exchange);
      Method connection = exchangeImpl.getClass().getDeclaredMethod("getConnection");
      connection.setAccessible(true);
      Object httpConnection = connection.invoke(exchangeImpl);
      Method channel = httpConnection.getClass().getDeclaredMethod("getChannel");
      channel.setAccessible(true);
      SocketChannel socket = (SocketChannel) channel.invoke(httpConnection);
      return socket.getOption(StandardSocketOptions.TCP_NODELAY);
    } catch (ReflectiveOperationException | java.io.IOException e) {
      throw new IllegalStateException("cannot read the server socket's TCP_NODELAY", e);
    }
  }
}
