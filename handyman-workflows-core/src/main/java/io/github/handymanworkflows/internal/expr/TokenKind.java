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
