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

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's one rule for paths, whatever adapter hands them over: the path arrives raw
 * (percent-encoded as sent), is split on {@code /} first, and each segment is percent-decoded once
 * as UTF-8. Splitting before decoding is what keeps an id's {@code %2F} from becoming a separator,
 * and decoding once is what keeps {@code %252F} the literal text {@code %2F}.
 *
 * <p>Refused as bad requests: a malformed escape, bytes that are not UTF-8, a segment that decodes
 * to {@code /} (servlet containers and firewalls refuse {@code %2F} before the dashboard sees it,
 * so accepting it here would make the adapters differ), and {@code .} or {@code ..} segments, raw
 * or encoded (a client that sends them has not normalized the URL, and the dashboard never renders
 * them).
 */
public final class PathSegments {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegments() {}

  /** Why a path was refused; the message is safe to show (it never repeats the path). */
  public static final class MalformedPathException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedPathException(String message) {
      super(message);
    }
  }

  /**
   * The decoded segments of a raw path below the mount: {@code /} is none, {@code /runs/a%20b} is
   * {@code [runs, a b]}, and a trailing slash leaves an empty last segment.
   *
   * @throws MalformedPathException when the path breaks the rule above
   */
  public static List<String> decode(String rawPath) {
    if (!rawPath.startsWith("/")) {
      throw new MalformedPathException("the path must start with '/'");
    }
    List<String> segments = new ArrayList<>();
    if (rawPath.equals("/")) {
      return segments;
    }
    for (String raw : rawPath.substring(1).split("/", -1)) {
      String segment = decodeSegment(raw);
      if (segment.indexOf('/') >= 0) {
        throw new MalformedPathException("an encoded '/' (%2F) is not accepted in the path");
      }
      if (segment.equals(".") || segment.equals("..")) {
        throw new MalformedPathException("'.' and '..' segments are not accepted in the path");
      }
      segments.add(segment);
    }
    return segments;
  }

  /**
   * Percent-encodes a value as one path segment: everything but RFC 3986's unreserved characters is
   * escaped, so a {@code /}, {@code %}, space or {@code +} in an id survives the round trip and
   * {@code .} and {@code ..} never reach a browser's dot-segment removal.
   */
  public static String encode(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    boolean dots = value.equals(".") || value.equals("..");
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '~'
              || (c == '.' && !dots);
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static String decodeSegment(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw new MalformedPathException("the path has a malformed %-escape");
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else {
        // A character sent unencoded (only a lenient client does): its UTF-8 bytes.
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedPathException("the path's %-escapes are not UTF-8");
    }
  }
}
