package io.github.handymanworkflows.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.internal.expr.Expression;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.Concurrency;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The functions' expressions, parsed once when the engine is built. */
final class Expressions {

  private static final Logger LOGGER = LoggerFactory.getLogger(Expressions.class);

  private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

  /**
   * Parses every expression of the functions.
   *
   * @throws IllegalArgumentException naming the function and expression that do not parse
   */
  Expressions(Collection<WorkflowFunction> functions) {
    for (WorkflowFunction fn : functions) {
      for (Trigger trigger : fn.triggers()) {
        if (trigger instanceof Trigger.OnEvent on && on.expression() != null) {
          add(fn, on.expression());
        }
      }
      for (CancelOn rule : fn.cancelOn()) {
        if (rule.ifExpression() != null) {
          add(fn, rule.ifExpression());
        }
      }
      for (Concurrency limit : fn.concurrency()) {
        if (limit.key() != null) {
          add(fn, limit.key());
        }
      }
      fn.idempotency().ifPresent(key -> add(fn, key));
    }
  }

  private void add(WorkflowFunction fn, String source) {
    try {
      parsed.put(source, Expression.parse(source));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "function '"
              + fn.id()
              + "' has an invalid expression '"
              + source
              + "': "
              + e.getMessage(),
          e);
    }
  }

  Expression get(String source) {
    return parsed.computeIfAbsent(source, Expression::parse);
  }

  /** Evaluates a condition; one that cannot be evaluated is false (and logged). */
  boolean test(String source, Map<String, JsonNode> variables) {
    return safeTest(get(source), variables);
  }

  static boolean safeTest(Expression condition, Map<String, JsonNode> variables) {
    try {
      return condition.test(variables);
    } catch (RuntimeException e) {
      LOGGER.warn("expression '{}' could not be evaluated: {}", condition.source(), e.getMessage());
      return false;
    }
  }
}
