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
package io.github.handymanworkflows.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * An HTTP/1.1 answer read off a connection: its status and whether the connection stays open. The
 * body is read and discarded, whether sized by {@code Content-Length} or chunked.
 *
 * @param status the status code
 * @param keepAlive false when the server closes the connection after this answer
 */
record Answer(int status, boolean keepAlive) {

  private static final int MAX_LINE = 16 * 1024;

  /** Reads one answer, body included. */
  static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line");
    }
    int status = Integer.parseInt(parts[1]);
    boolean keepAlive = parts[0].equals("HTTP/1.1");
    long length = -1;
    boolean chunked = false;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" ->
            keepAlive = !value.contains("close") && (keepAlive || value.contains("keep-alive"));
        default -> {
          // Other headers do not change how the answer is framed.
        }
      }
    }
    if (chunked) {
      for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
        in.skipNBytes(size);
        line(in);
      }
      while (!line(in).isEmpty()) {
        // Trailer fields, if any.
      }
    } else if (length >= 0) {
      in.skipNBytes(length);
    } else if (status >= 200 && status != 204 && status != 304) {
      // No framing: the body runs to the end of the connection.
      in.transferTo(OutputStream.nullOutputStream());
      keepAlive = false;
    }
    return new Answer(status, keepAlive);
  }

  private static long chunkSize(InputStream in) throws IOException {
    String size = line(in);
    int extension = size.indexOf(';');
    return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("the connection closed within an answer");
      }
      if (c == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r'
            ? line.substring(0, end - 1)
            : line.toString();
      }
      if (line.length() == MAX_LINE) {
        throw new IOException("an answer line longer than " + MAX_LINE + " bytes");
      }
      line.append((char) c);
    }
  }
}
