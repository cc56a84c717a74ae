package io.github.handymanworkflows.mail.internal;

import java.util.List;

/** A piece of a parsed template. */
sealed interface Node {

  /** Literal template text. */
  record Text(String text) implements Node {}

  /** {@code {{name}}} (escaped) or {@code {{{name}}}} (raw, {@code SafeHtml} only). */
  record Variable(String name, boolean raw, int line) implements Node {}

  /** {@code {{#if name}}...{{else}}...{{/if}}}. */
  record If(String name, List<Node> then, List<Node> otherwise, int line) implements Node {}

  /** {@code {{#each name}}...{{/each}}}: the body once per element, the element as scope. */
  record Each(String name, List<Node> body, int line) implements Node {}
}
