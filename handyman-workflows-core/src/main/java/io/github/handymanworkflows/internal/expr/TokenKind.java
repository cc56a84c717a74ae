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

/** The kinds of token the {@link Lexer} produces. */
enum TokenKind {
  IDENTIFIER("an identifier"),
  INT("a number"),
  DOUBLE("a number"),
  STRING("a string"),
  TRUE("'true'"),
  FALSE("'false'"),
  NULL("'null'"),
  IN("'in'"),
  LEFT_PAREN("'('"),
  RIGHT_PAREN("')'"),
  LEFT_BRACKET("'['"),
  RIGHT_BRACKET("']'"),
  DOT("'.'"),
  COMMA("','"),
  QUESTION("'?'"),
  COLON("':'"),
  EQ("'=='"),
  NE("'!='"),
  LT("'<'"),
  LE("'<='"),
  GT("'>'"),
  GE("'>='"),
  AND("'&&'"),
  OR("'||'"),
  NOT("'!'"),
  PLUS("'+'"),
  MINUS("'-'"),
  STAR("'*'"),
  SLASH("'/'"),
  PERCENT("'%'"),
  END("the end of the expression");

  private final String description;

  TokenKind(String description) {
    this.description = description;
  }

  /** How error messages name this kind, such as {@code "')'"}. */
  String description() {
    return description;
  }
}
