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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link JdkHttpServerAdapter#createServer} gives the JDK server {@code TCP_NODELAY} (no 40 ms
 * delayed-ACK stall per response) and a request read timeout with no JVM flag. Checked on the
 * server's side of a real connection in a fresh JVM, because the JDK reads both settings once per
 * JVM; the plain server in the same probe shows the check can tell the difference.
 */
class JdkServerSettingsIT {

  private static String probe(String kind) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "--add-opens",
                    "jdk.httpserver/sun.net.httpserver=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    SocketOptionProbe.class.getName(),
                    kind))
            .redirectErrorStream(true)
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();
    return text;
  }

  @Test
  void createServerTurnsOnTcpNoDelayAndARequestReadTimeoutWithoutJvmFlags() throws Exception {
    String factory = probe("factory");
    assertThat(factory).contains("tcpNoDelay=true").contains("maxReqTime=30");
  }

  @Test
  void aPlainJdkServerHasNeither() throws Exception {
    String plain = probe("plain");
    assertThat(plain).contains("tcpNoDelay=false").contains("maxReqTime=-1");
  }
}
