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
package io.github.handymanworkflows.inngest.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.handymanworkflows.inngest.InngestConfig;
import io.github.handymanworkflows.inngest.InngestSdk;
import io.github.handymanworkflows.internal.time.TimeStrings;
import io.github.handymanworkflows.workflow.CancelOn;
import io.github.handymanworkflows.workflow.Concurrency;
import io.github.handymanworkflows.workflow.Trigger;
import io.github.handymanworkflows.workflow.WorkflowFunction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The function configuration Inngest receives at sync (register body and in-band response). */
public final class SyncPayload {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SyncPayload() {}

  /** The capabilities this SDK implements. */
  public static ObjectNode capabilities(InngestConfig config) {
    ObjectNode caps = NODES.objectNode();
    caps.put("trust_probe", "v1");
    if (config.allowInBandSync()) {
      caps.put("in_band_sync", "v1");
    }
    return caps;
  }

  /** The {@code POST /fn/register} body. */
  public static ObjectNode registerBody(InngestConfig config, FunctionTable table, String url) {
    ObjectNode body = NODES.objectNode();
    body.put("url", url);
    body.put("deployType", "ping");
    body.put("appName", config.appId());
    body.put("sdk", InngestSdk.SDK);
    body.put("v", "0.1");
    body.put("framework", config.framework());
    body.set("capabilities", capabilities(config));
    body.set("functions", functions(table, url));
    return body;
  }

  /** Every function's config, runtime URLs built from the serve URL. */
  public static ArrayNode functions(FunctionTable table, String url) {
    ArrayNode array = NODES.arrayNode();
    table.all().forEach(fn -> array.add(function(table, fn, url)));
    return array;
  }

  /** One function's config. */
  public static ObjectNode function(FunctionTable table, WorkflowFunction fn, String url) {
    String composite = table.compositeId(fn);
    ObjectNode node = NODES.objectNode();
    node.put("id", composite);
    node.put("name", fn.name());
    ArrayNode triggers = node.putArray("triggers");
    for (Trigger trigger : fn.triggers()) {
      ObjectNode t = triggers.addObject();
      if (trigger instanceof Trigger.OnEvent onEvent) {
        t.put("event", onEvent.event());
        if (onEvent.expression() != null) {
          t.put("expression", onEvent.expression());
        }
      } else if (trigger instanceof Trigger.OnCron onCron) {
        t.put("cron", onCron.cron());
      }
    }
    ObjectNode step = node.putObject("steps").putObject("step");
    step.put("id", "step");
    step.put("name", "step");
    ObjectNode runtime = step.putObject("runtime");
    runtime.put("type", "http");
    runtime.put(
        "url",
        url
            + (url.contains("?") ? "&" : "?")
            + "fnId="
            + URLEncoder.encode(composite, StandardCharsets.UTF_8)
            + "&stepId=step");
    if (fn.retriesSet()) {
      step.putObject("retries").put("attempts", fn.retries());
    }
    if (!fn.concurrency().isEmpty()) {
      ArrayNode limits = node.putArray("concurrency");
      for (Concurrency c : fn.concurrency()) {
        ObjectNode limit = limits.addObject();
        limit.put("limit", c.limit());
        if (c.key() != null) {
          limit.put("key", c.key());
        }
        limit.put("scope", c.scope().name().toLowerCase(Locale.ROOT));
      }
    }
    if (!fn.cancelOn().isEmpty()) {
      ArrayNode cancel = node.putArray("cancel");
      for (CancelOn rule : fn.cancelOn()) {
        ObjectNode c = cancel.addObject();
        c.put("event", rule.event());
        if (rule.ifExpression() != null) {
          c.put("if", rule.ifExpression());
        }
        if (rule.timeout() != null) {
          c.put("timeout", TimeStrings.format(rule.timeout()));
        }
      }
    }
    fn.timeouts()
        .ifPresent(
            timeouts -> {
              ObjectNode t = node.putObject("timeouts");
              if (timeouts.start() != null) {
                t.put("start", TimeStrings.format(timeouts.start()));
              }
              if (timeouts.finish() != null) {
                t.put("finish", TimeStrings.format(timeouts.finish()));
              }
            });
    fn.idempotency().ifPresent(key -> node.put("idempotency", key));
    return node;
  }
}
