package io.github.handymanworkflows.internal.expr;

import org.jspecify.annotations.Nullable;

/**
 * One token of an expression.
 *
 * @param kind what the token is
 * @param text the source text of the token
 * @param value the literal value for {@code INT} (Long), {@code DOUBLE} (Double) and {@code STRING}
 *     (String, escapes resolved); the name for identifiers; otherwise null
 * @param position zero-based index of the token's first character
 */
record Token(TokenKind kind, String text, @Nullable Object value, int position) {}
