package io.github.handymanworkflows.mail.internal;

import io.github.handymanworkflows.mail.SafeHtml;
import io.github.handymanworkflows.mail.TemplateException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A parsed template, ready to render against a model (a {@code Map<String, ?>} or a record).
 *
 * <p>Strict on purpose: a variable the model lacks is an error naming the file and the variable,
 * not a silent blank; only plain values (text, numbers, booleans, enums) can be inserted, so a
 * forgotten formatting step shows up as an error instead of a {@code toString()} in someone's
 * inbox.
 */
public final class CompiledTemplate {

  /** How inserted values are escaped. */
  public enum Mode {
    /** HTML-escaped; {@code {{{raw}}}} allowed for {@link SafeHtml}. */
    HTML,
    /** Not escaped, control characters removed; no raw insertion. */
    TEXT
  }

  private static final Object MISSING = new Object();

  private final String file;
  private final Mode mode;
  private final List<Node> nodes;

  private CompiledTemplate(String file, Mode mode, List<Node> nodes) {
    this.file = file;
    this.mode = mode;
    this.nodes = nodes;
  }

  /**
   * Parses a template.
   *
   * @param file names the template in errors, for example {@code welcome.html}
   * @throws TemplateException when the syntax is wrong
   */
  public static CompiledTemplate compile(String file, String source, Mode mode) {
    return new CompiledTemplate(file, mode, TemplateParser.parse(file, source, mode == Mode.HTML));
  }

  /**
   * Renders with {@code model}; {@code extras} are visible too and win over the model.
   *
   * @throws TemplateException when a variable is missing or cannot be inserted
   */
  public String render(Object model, Map<String, ?> extras) {
    StringBuilder out = new StringBuilder(256);
    render(nodes, new Scope(extras, new Scope(model, null)), out);
    return out.toString();
  }

  private void render(List<Node> list, Scope scope, StringBuilder out) {
    for (Node node : list) {
      if (node instanceof Node.Text text) {
        out.append(text.text());
      } else if (node instanceof Node.Variable variable) {
        out.append(insert(variable, scope.lookup(variable.name(), variable.line())));
      } else if (node instanceof Node.If block) {
        render(
            truthy(scope.lookup(block.name(), block.line())) ? block.then() : block.otherwise(),
            scope,
            out);
      } else if (node instanceof Node.Each block) {
        for (Object item : iterable(block, scope.lookup(block.name(), block.line()))) {
          render(block.body(), new Scope(item, scope), out);
        }
      }
    }
  }

  private String insert(Node.Variable variable, @Nullable Object value) {
    if (value == null) {
      throw error(variable.line(), variable.name(), "variable '" + variable.name() + "' is null");
    }
    if (variable.raw()) {
      if (value instanceof SafeHtml safe) {
        return safe.html();
      }
      throw error(
          variable.line(),
          variable.name(),
          "'{{{"
              + variable.name()
              + "}}}' needs a SafeHtml value; use '{{"
              + variable.name()
              + "}}' to insert escaped text");
    }
    String text;
    if (value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Character
        || value instanceof UUID) {
      text = value.toString();
    } else if (value instanceof Enum<?> constant) {
      text = constant.name();
    } else {
      throw error(
          variable.line(),
          variable.name(),
          "variable '"
              + variable.name()
              + "' is a "
              + value.getClass().getSimpleName()
              + ", which cannot be inserted; format it as text first");
    }
    String clean = Escaping.sanitize(text);
    return mode == Mode.HTML ? Escaping.html(clean) : clean;
  }

  private static boolean truthy(@Nullable Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof CharSequence s) {
      return s.length() > 0;
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent();
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    return true;
  }

  private Iterable<?> iterable(Node.Each block, @Nullable Object value) {
    if (value instanceof Iterable<?> iterable) {
      return iterable;
    }
    if (value instanceof Object[] array) {
      return List.of(array);
    }
    throw error(
        block.line(),
        block.name(),
        "'{{#each "
            + block.name()
            + "}}' needs a list, not "
            + (value == null ? "null" : "a " + value.getClass().getSimpleName()));
  }

  private TemplateException error(int line, String variable, String message) {
    return new TemplateException(file, variable, "line " + line + ": " + message);
  }

  /** One level of names: the model, an {@code each} element, or the extras. */
  private final class Scope {
    private final @Nullable Object value;
    private final @Nullable Scope parent;

    Scope(@Nullable Object value, @Nullable Scope parent) {
      this.value = value;
      this.parent = parent;
    }

    @Nullable Object lookup(String path, int line) {
      String[] parts = path.split("\\.");
      if (parts[0].equals("this")) {
        return parts.length == 1 ? value : descend(value, parts, 1, path, line);
      }
      for (Scope scope = this; scope != null; scope = scope.parent) {
        Object found = property(scope.value, parts[0]);
        if (found != MISSING) {
          return descend(found, parts, 1, path, line);
        }
      }
      throw error(line, path, "variable '" + path + "' is missing from the model");
    }

    private @Nullable Object descend(
        @Nullable Object start, String[] parts, int from, String path, int line) {
      Object current = start;
      for (int i = from; i < parts.length; i++) {
        Object next = property(current, parts[i]);
        if (next == MISSING) {
          throw error(line, path, "variable '" + path + "' is missing from the model");
        }
        current = next;
      }
      return current;
    }
  }

  private static @Nullable Object property(@Nullable Object holder, String name) {
    if (holder instanceof Map<?, ?> map) {
      return map.containsKey(name) ? map.get(name) : MISSING;
    }
    if (holder != null && holder.getClass().isRecord()) {
      for (RecordComponent component : holder.getClass().getRecordComponents()) {
        if (component.getName().equals(name)) {
          return read(component.getAccessor(), holder);
        }
      }
    }
    return MISSING;
  }

  private static @Nullable Object read(Method accessor, Object holder) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(holder);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot read record component "
              + accessor.getName()
              + " of "
              + holder.getClass().getSimpleName(),
          e);
    }
  }
}
