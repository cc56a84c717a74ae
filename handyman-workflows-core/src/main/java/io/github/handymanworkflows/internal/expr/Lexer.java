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
package io.github.handymanworkflows.internal.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into {@link Token}s. */
final class Lexer {

  private final String source;
  private int pos;

  private Lexer(String source) {
    this.source = source;
  }

  /** The tokens of {@code source}, ending with an {@link TokenKind#END} token. */
  static List<Token> tokenize(String source) {
    return new Lexer(source).tokens();
  }

  private List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (pos >= source.length()) {
        tokens.add(new Token(TokenKind.END, "", null, pos));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipWhitespace() {
    while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
      pos++;
    }
  }

  private Token next() {
    int start = pos;
    char c = source.charAt(pos);
    if (isIdentifierStart(c)) {
      if ((c == 'r' || c == 'R') && pos + 1 < source.length() && isQuote(source.charAt(pos + 1))) {
        pos++;
        return string(start, true);
      }
      return identifier(start);
    }
    if (isDigit(c)) {
      return number(start);
    }
    if (isQuote(c)) {
      return string(start, false);
    }
    pos++;
    switch (c) {
      case '(':
        return symbol(TokenKind.LEFT_PAREN, start);
      case ')':
        return symbol(TokenKind.RIGHT_PAREN, start);
      case '[':
        return symbol(TokenKind.LEFT_BRACKET, start);
      case ']':
        return symbol(TokenKind.RIGHT_BRACKET, start);
      case '.':
        return symbol(TokenKind.DOT, start);
      case ',':
        return symbol(TokenKind.COMMA, start);
      case '?':
        return symbol(TokenKind.QUESTION, start);
      case ':':
        return symbol(TokenKind.COLON, start);
      case '+':
        return symbol(TokenKind.PLUS, start);
      case '-':
        return symbol(TokenKind.MINUS, start);
      case '*':
        return symbol(TokenKind.STAR, start);
      case '/':
        return symbol(TokenKind.SLASH, start);
      case '%':
        return symbol(TokenKind.PERCENT, start);
      case '=':
        if (accept('=')) {
          return symbol(TokenKind.EQ, start);
        }
        throw error(start, "'=' is not an operator; use '==' to compare");
      case '!':
        return symbol(accept('=') ? TokenKind.NE : TokenKind.NOT, start);
      case '<':
        return symbol(accept('=') ? TokenKind.LE : TokenKind.LT, start);
      case '>':
        return symbol(accept('=') ? TokenKind.GE : TokenKind.GT, start);
      case '&':
        if (accept('&')) {
          return symbol(TokenKind.AND, start);
        }
        throw error(start, "'&' is not an operator; use '&&'");
      case '|':
        if (accept('|')) {
          return symbol(TokenKind.OR, start);
        }
        throw error(start, "'|' is not an operator; use '||'");
      case '{':
      case '}':
        throw error(start, "map literals are not supported");
      default:
        throw error(start, "unexpected character '" + source.substring(start, pos) + "'");
    }
  }

  private Token symbol(TokenKind kind, int start) {
    return new Token(kind, source.substring(start, pos), null, start);
  }

  private boolean accept(char expected) {
    if (pos < source.length() && source.charAt(pos) == expected) {
      pos++;
      return true;
    }
    return false;
  }

  private Token identifier(int start) {
    while (pos < source.length() && isIdentifierPart(source.charAt(pos))) {
      pos++;
    }
    String name = source.substring(start, pos);
    switch (name) {
      case "true":
        return new Token(TokenKind.TRUE, name, Boolean.TRUE, start);
      case "false":
        return new Token(TokenKind.FALSE, name, Boolean.FALSE, start);
      case "null":
        return new Token(TokenKind.NULL, name, null, start);
      case "in":
        return new Token(TokenKind.IN, name, null, start);
      default:
        return new Token(TokenKind.IDENTIFIER, name, name, start);
    }
  }

  private Token number(int start) {
    if (source.startsWith("0x", pos) || source.startsWith("0X", pos)) {
      pos += 2;
      int digits = pos;
      while (pos < source.length() && Character.digit(source.charAt(pos), 16) >= 0) {
        pos++;
      }
      if (digits == pos) {
        throw error(start, "hexadecimal number without digits");
      }
      return integer(start, source.substring(digits, pos), 16);
    }
    skipDigits();
    boolean isDouble = false;
    if (pos + 1 < source.length() && source.charAt(pos) == '.' && isDigit(source.charAt(pos + 1))) {
      isDouble = true;
      pos++;
      skipDigits();
    }
    if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
      int exponent = pos;
      pos++;
      if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
        pos++;
      }
      if (pos >= source.length() || !isDigit(source.charAt(pos))) {
        throw error(exponent, "exponent without digits");
      }
      skipDigits();
      isDouble = true;
    }
    if (pos < source.length() && isIdentifierPart(source.charAt(pos))) {
      throw error(pos, "unexpected '" + source.charAt(pos) + "' after a number");
    }
    String text = source.substring(start, pos);
    if (isDouble) {
      return new Token(TokenKind.DOUBLE, text, Double.parseDouble(text), start);
    }
    return integer(start, text, 10);
  }

  private Token integer(int start, String digits, int radix) {
    if (pos < source.length() && isIdentifierPart(source.charAt(pos))) {
      throw error(pos, "unexpected '" + source.charAt(pos) + "' after a number");
    }
    try {
      return new Token(
          TokenKind.INT, source.substring(start, pos), Long.parseLong(digits, radix), start);
    } catch (NumberFormatException e) {
      throw error(start, "integer '" + source.substring(start, pos) + "' is too large");
    }
  }

  private void skipDigits() {
    while (pos < source.length() && isDigit(source.charAt(pos))) {
      pos++;
    }
  }

  private Token string(int start, boolean raw) {
    char quote = source.charAt(pos);
    if (source.startsWith(String.valueOf(quote).repeat(3), pos)) {
      throw error(pos, "triple-quoted strings are not supported");
    }
    pos++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= source.length() || source.charAt(pos) == '\n' || source.charAt(pos) == '\r') {
        throw error(start, "unterminated string");
      }
      char c = source.charAt(pos);
      if (c == quote) {
        pos++;
        return new Token(TokenKind.STRING, source.substring(start, pos), value.toString(), start);
      }
      if (c == '\\' && !raw) {
        escape(value);
      } else {
        value.append(c);
        pos++;
      }
    }
  }

  private void escape(StringBuilder value) {
    int start = pos;
    pos++;
    if (pos >= source.length()) {
      throw error(start, "unterminated string");
    }
    char c = source.charAt(pos++);
    switch (c) {
      case '\\':
      case '\'':
      case '"':
      case '`':
      case '?':
        value.append(c);
        return;
      case 'a':
        value.append('\u0007');
        return;
      case 'b':
        value.append('\b');
        return;
      case 'f':
        value.append('\f');
        return;
      case 'n':
        value.append('\n');
        return;
      case 'r':
        value.append('\r');
        return;
      case 't':
        value.append('\t');
        return;
      case 'v':
        value.append('\u000b');
        return;
      case 'x':
      case 'X':
        value.appendCodePoint(hex(start, 2));
        return;
      case 'u':
        value.appendCodePoint(hex(start, 4));
        return;
      case 'U':
        value.appendCodePoint(hex(start, 8));
        return;
      default:
        if (c >= '0' && c <= '3') {
          pos--;
          value.appendCodePoint(octal(start));
          return;
        }
        throw error(start, "unknown escape '\\" + c + "'");
    }
  }

  private int hex(int escapeStart, int digits) {
    if (pos + digits > source.length()) {
      throw error(escapeStart, "escape needs " + digits + " hexadecimal digits");
    }
    int codePoint = 0;
    for (int i = 0; i < digits; i++) {
      int digit = Character.digit(source.charAt(pos + i), 16);
      if (digit < 0) {
        throw error(escapeStart, "escape needs " + digits + " hexadecimal digits");
      }
      codePoint = codePoint * 16 + digit;
    }
    pos += digits;
    if (!Character.isValidCodePoint(codePoint)
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      throw error(escapeStart, "escape is not a valid Unicode code point");
    }
    return codePoint;
  }

  private int octal(int escapeStart) {
    if (pos + 3 > source.length()) {
      throw error(escapeStart, "octal escape needs 3 digits");
    }
    int codePoint = 0;
    for (int i = 0; i < 3; i++) {
      char c = source.charAt(pos + i);
      if (c < '0' || c > '7') {
        throw error(escapeStart, "octal escape needs 3 digits");
      }
      codePoint = codePoint * 8 + (c - '0');
    }
    pos += 3;
    return codePoint;
  }

  private ExpressionException error(int position, String reason) {
    return new ExpressionException(source, position, reason);
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }
}
