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
import java.util.Set;

/**
 * Recursive-descent parser for the CEL subset, with CEL's precedence (lowest first): {@code ?:},
 * {@code ||}, {@code &&}, {@code == != < <= > >= in}, {@code + -}, {@code * / %}, unary {@code !
 * -}, then member access, indexing and calls.
 */
final class Parser {

  /** Bounds recursion so that hostile input cannot overflow the stack. */
  static final int MAX_NESTING = 64;

  private static final Set<String> UNSUPPORTED_FUNCTIONS =
      Set.of(
          "all",
          "exists",
          "exists_one",
          "map",
          "filter",
          "matches",
          "int",
          "uint",
          "double",
          "string",
          "bool",
          "bytes",
          "type",
          "timestamp",
          "duration",
          "dyn");

  private final String source;
  private final List<Token> tokens;
  private int index;
  private int nesting;

  private Parser(String source) {
    this.source = source;
    this.tokens = Lexer.tokenize(source);
  }

  /** Parses a whole expression. */
  static Node parse(String source) {
    Parser parser = new Parser(source);
    if (parser.peek().kind() == TokenKind.END) {
      throw parser.error(parser.peek(), "the expression is empty");
    }
    Node node = parser.expression();
    Token end = parser.peek();
    if (end.kind() != TokenKind.END) {
      throw parser.error(end, "unexpected " + describe(end) + " after a complete expression");
    }
    return node;
  }

  private Node expression() {
    enter();
    Node condition = or();
    if (peek().kind() == TokenKind.QUESTION) {
      Token question = advance();
      Node then = or();
      expect(TokenKind.COLON, "in a '?:' conditional");
      Node otherwise = expression();
      condition = new Node.Conditional(condition, then, otherwise, question.position());
    }
    nesting--;
    return condition;
  }

  private Node or() {
    Node left = and();
    while (peek().kind() == TokenKind.OR) {
      Token operator = advance();
      left = new Node.Logical(TokenKind.OR, left, and(), operator.position());
    }
    return left;
  }

  private Node and() {
    Node left = relation();
    while (peek().kind() == TokenKind.AND) {
      Token operator = advance();
      left = new Node.Logical(TokenKind.AND, left, relation(), operator.position());
    }
    return left;
  }

  private Node relation() {
    Node left = addition();
    while (isRelation(peek().kind())) {
      Token operator = advance();
      left = new Node.Binary(operator.kind(), left, addition(), operator.position());
    }
    return left;
  }

  private Node addition() {
    Node left = multiplication();
    while (peek().kind() == TokenKind.PLUS || peek().kind() == TokenKind.MINUS) {
      Token operator = advance();
      left = new Node.Binary(operator.kind(), left, multiplication(), operator.position());
    }
    return left;
  }

  private Node multiplication() {
    Node left = unary();
    while (peek().kind() == TokenKind.STAR
        || peek().kind() == TokenKind.SLASH
        || peek().kind() == TokenKind.PERCENT) {
      Token operator = advance();
      left = new Node.Binary(operator.kind(), left, unary(), operator.position());
    }
    return left;
  }

  private Node unary() {
    Token token = peek();
    if (token.kind() == TokenKind.NOT) {
      advance();
      enter();
      Node operand = unary();
      nesting--;
      return new Node.Unary(TokenKind.NOT, operand, token.position());
    }
    if (token.kind() == TokenKind.MINUS) {
      advance();
      Token next = peek();
      // Fold "-5" into a literal so that it reads as the number the user wrote.
      if (next.kind() == TokenKind.INT || next.kind() == TokenKind.DOUBLE) {
        Token after = tokens.get(index + 1);
        if (!isPostfix(after.kind())) {
          advance();
          Object value = next.value();
          Object negated =
              value instanceof Long number ? (Object) (-number) : (Object) (-(Double) value);
          return new Node.Literal(negated, token.position());
        }
      }
      enter();
      Node operand = unary();
      nesting--;
      return new Node.Unary(TokenKind.MINUS, operand, token.position());
    }
    return member();
  }

  private Node member() {
    Node node = primary();
    while (true) {
      Token token = peek();
      if (token.kind() == TokenKind.DOT) {
        advance();
        Token name = expect(TokenKind.IDENTIFIER, "after '.'");
        String field = name.text();
        if (peek().kind() == TokenKind.LEFT_PAREN) {
          node = method(node, name);
        } else {
          node = new Node.Select(node, field, name.position());
        }
      } else if (token.kind() == TokenKind.LEFT_BRACKET) {
        advance();
        Node key = expression();
        expect(TokenKind.RIGHT_BRACKET, "to close the index");
        node = new Node.Index(node, key, token.position());
      } else {
        return node;
      }
    }
  }

  private Node method(Node receiver, Token name) {
    List<Node> arguments = arguments();
    switch (name.text()) {
      case "size":
        requireArguments(name, arguments, 0);
        return new Node.Size(receiver, name.position());
      case "contains":
      case "startsWith":
      case "endsWith":
        requireArguments(name, arguments, 1);
        return new Node.StringTest(receiver, name.text(), arguments.get(0), name.position());
      default:
        throw error(
            name,
            "unsupported method '"
                + name.text()
                + "()' (supported: size, contains, startsWith, endsWith)");
    }
  }

  private Node primary() {
    Token token = advance();
    switch (token.kind()) {
      case INT:
      case DOUBLE:
      case STRING:
      case TRUE:
      case FALSE:
      case NULL:
        return new Node.Literal(token.value(), token.position());
      case IDENTIFIER:
        if (peek().kind() == TokenKind.LEFT_PAREN) {
          return function(token);
        }
        return new Node.Identifier(token.text(), token.position());
      case LEFT_PAREN:
        {
          Node inner = expression();
          expect(TokenKind.RIGHT_PAREN, "to close '(' at position " + token.position());
          return inner;
        }
      case LEFT_BRACKET:
        return list(token);
      default:
        throw error(token, "expected a value but found " + describe(token));
    }
  }

  private Node function(Token name) {
    switch (name.text()) {
      case "size":
        {
          List<Node> arguments = arguments();
          requireArguments(name, arguments, 1);
          return new Node.Size(arguments.get(0), name.position());
        }
      case "has":
        {
          List<Node> arguments = arguments();
          requireArguments(name, arguments, 1);
          if (!(arguments.get(0) instanceof Node.Select select)) {
            throw error(name, "has() needs a field selection such as has(event.data.id)");
          }
          return new Node.Has(select, name.position());
        }
      default:
        String hint =
            UNSUPPORTED_FUNCTIONS.contains(name.text())
                ? "'" + name.text() + "()' is not supported by this evaluator"
                : "unknown function '" + name.text() + "()'";
        throw error(name, hint + " (supported: size, has)");
    }
  }

  private Node list(Token open) {
    enter();
    List<Node> elements = new ArrayList<>();
    if (peek().kind() != TokenKind.RIGHT_BRACKET) {
      elements.add(expression());
      while (peek().kind() == TokenKind.COMMA) {
        advance();
        if (peek().kind() == TokenKind.RIGHT_BRACKET) {
          break;
        }
        elements.add(expression());
      }
    }
    expect(TokenKind.RIGHT_BRACKET, "to close the list at position " + open.position());
    nesting--;
    return new Node.ListLiteral(elements, open.position());
  }

  private List<Node> arguments() {
    Token open = expect(TokenKind.LEFT_PAREN, "to start the arguments");
    enter();
    List<Node> arguments = new ArrayList<>();
    if (peek().kind() != TokenKind.RIGHT_PAREN) {
      arguments.add(expression());
      while (peek().kind() == TokenKind.COMMA) {
        advance();
        arguments.add(expression());
      }
    }
    expect(TokenKind.RIGHT_PAREN, "to close the arguments at position " + open.position());
    nesting--;
    return arguments;
  }

  private void requireArguments(Token name, List<Node> arguments, int count) {
    if (arguments.size() != count) {
      throw error(
          name,
          name.text()
              + "() takes "
              + count
              + (count == 1 ? " argument" : " arguments")
              + " but got "
              + arguments.size());
    }
  }

  private void enter() {
    if (++nesting > MAX_NESTING) {
      throw error(peek(), "the expression is nested more than " + MAX_NESTING + " levels deep");
    }
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token advance() {
    Token token = tokens.get(index);
    if (token.kind() != TokenKind.END) {
      index++;
    }
    return token;
  }

  private Token expect(TokenKind kind, String context) {
    Token token = peek();
    if (token.kind() != kind) {
      throw error(
          token,
          "expected " + kind.description() + " " + context + " but found " + describe(token));
    }
    return advance();
  }

  private ExpressionException error(Token token, String reason) {
    return new ExpressionException(source, token.position(), reason);
  }

  private static String describe(Token token) {
    return token.kind() == TokenKind.END ? token.kind().description() : "'" + token.text() + "'";
  }

  private static boolean isRelation(TokenKind kind) {
    switch (kind) {
      case EQ:
      case NE:
      case LT:
      case LE:
      case GT:
      case GE:
      case IN:
        return true;
      default:
        return false;
    }
  }

  private static boolean isPostfix(TokenKind kind) {
    return kind == TokenKind.DOT || kind == TokenKind.LEFT_BRACKET;
  }
}
