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
package io.github.handymanworkflows.test.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalRedisServerTest {

  @Test
  void aMissingRedisServerNamesTheDebianPackage() {
    assertThatThrownBy(
            () ->
                LocalRedisServer.builder().executable(Path.of("/nonexistent/redis-server")).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apt-get install redis-server");
  }

  @Test
  void aPersistentServerKeepsItsDataAndPortAcrossARestart() throws IOException {
    try (LocalRedisServer server = LocalRedisServer.builder().persistent().start()) {
      int port = server.port();
      assertThat(port).isNotEqualTo(6379);
      assertThat(send(server, "SET k v")).isEqualTo("+OK");

      server.stop();
      assertThat(server.isRunning()).isFalse();
      server.restart();

      assertThat(server.port()).isEqualTo(port);
      assertThat(send(server, "GET k")).isEqualTo("$1");
    }
  }

  /** Sends an inline command and returns the first line of the reply. */
  private static String send(LocalRedisServer server, String command) throws IOException {
    try (Socket socket = new Socket(server.host(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\r' && c != -1; c = in.read()) {
        line.append((char) c);
      }
      return line.toString();
    }
  }
}
