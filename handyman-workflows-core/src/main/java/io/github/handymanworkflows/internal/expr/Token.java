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
