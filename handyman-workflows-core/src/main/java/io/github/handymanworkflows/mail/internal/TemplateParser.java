package io.github.handymanworkflows.mail.internal;

import io.github.handymanworkflows.mail.TemplateException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses the mustache-like template syntax: {@code {{name}}}, {@code {{{name}}}}, {@code {{#if
 * name}}}, {@code {{else}}}, {@code {{/if}}}, {@code {{#each name}}}, {@code {{/each}}} and {@code
 * {{! comment }}}. Names are dotted paths ({@code job.title}) or {@code this}.
 */
final class TemplateParser {

  private static final Pattern NAME =
      Pattern.compile("this|[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private final String file;
  private final String source;
  private final boolean rawAllowed;

  /** A block being parsed: its opening tag and the node lists being filled. */
  private static final class Block {
    final String kind;
    final String name;
    final int line;
    final List<Node> then = new ArrayList<>();
    final List<Node> otherwise = new ArrayList<>();
    boolean inElse;

    Block(String kind, String name, int line) {
      this.kind = kind;
      this.name = name;
      this.line = line;
    }

    List<Node> target() {
      return inElse ? otherwise : then;
    }
  }

  private TemplateParser(String file, String source, boolean rawAllowed) {
    this.file = file;
    this.source = source;
    this.rawAllowed = rawAllowed;
  }

  /** Parses {@code source}; {@code file} names it in errors. */
  static List<Node> parse(String file, String source, boolean rawAllowed) {
    return new TemplateParser(file, source, rawAllowed).parse();
  }

  private List<Node> parse() {
    List<Node> root = new ArrayList<>();
    Deque<Block> open = new ArrayDeque<>();
    int pos = 0;
    while (pos < source.length()) {
      int start = source.indexOf("{{", pos);
      List<Node> target = open.isEmpty() ? root : open.peek().target();
      if (start < 0) {
        target.add(new Node.Text(source.substring(pos)));
        break;
      }
      if (start > pos) {
        target.add(new Node.Text(source.substring(pos, start)));
      }
      int line = lineOf(start);
      boolean raw = source.startsWith("{{{", start);
      String close = raw ? "}}}" : "}}";
      int end = source.indexOf(close, start + close.length());
      if (end < 0) {
        throw error(line, null, "'" + (raw ? "{{{" : "{{") + "' is never closed");
      }
      String tag = source.substring(start + close.length(), end).strip();
      pos = end + close.length();
      if (raw) {
        if (!rawAllowed) {
          throw error(line, tag, "'{{{...}}}' is only allowed in .html templates");
        }
        target.add(new Node.Variable(name(tag, line), true, line));
      } else {
        tag(tag, line, target, open, root);
      }
    }
    if (!open.isEmpty()) {
      Block block = open.peek();
      throw error(block.line, block.name, "'{{#" + block.kind + "}}' is never closed");
    }
    return List.copyOf(root);
  }

  private void tag(String tag, int line, List<Node> target, Deque<Block> open, List<Node> root) {
    if (tag.startsWith("!")) {
      return;
    }
    if (tag.startsWith("#if ") || tag.startsWith("#each ")) {
      String kind = tag.substring(1, tag.indexOf(' '));
      open.push(new Block(kind, name(tag.substring(tag.indexOf(' ') + 1).strip(), line), line));
    } else if (tag.equals("else")) {
      if (open.isEmpty() || !open.peek().kind.equals("if") || open.peek().inElse) {
        throw error(line, null, "'{{else}}' outside an '{{#if}}' block");
      }
      open.peek().inElse = true;
    } else if (tag.equals("/if") || tag.equals("/each")) {
      String kind = tag.substring(1);
      if (open.isEmpty() || !open.peek().kind.equals(kind)) {
        throw error(line, null, "'{{" + tag + "}}' does not close an open '{{#" + kind + "}}'");
      }
      Block block = open.pop();
      Node node =
          kind.equals("if")
              ? new Node.If(
                  block.name, List.copyOf(block.then), List.copyOf(block.otherwise), block.line)
              : new Node.Each(block.name, List.copyOf(block.then), block.line);
      (open.isEmpty() ? root : open.peek().target()).add(node);
    } else if (tag.startsWith("#") || tag.startsWith("/")) {
      throw error(line, null, "unknown block '{{" + tag + "}}'");
    } else {
      target.add(new Node.Variable(name(tag, line), false, line));
    }
  }

  private String name(String candidate, int line) {
    if (!NAME.matcher(candidate).matches()) {
      throw error(line, null, "'" + candidate + "' is not a variable name");
    }
    return candidate;
  }

  private int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private TemplateException error(int line, @Nullable String variable, String message) {
    return new TemplateException(file, variable, "line " + line + ": " + message);
  }
}
