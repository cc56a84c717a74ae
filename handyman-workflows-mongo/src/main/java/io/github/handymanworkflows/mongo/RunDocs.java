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
package io.github.handymanworkflows.mongo;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.handymanworkflows.engine.RunStatus;
import io.github.handymanworkflows.engine.StepRecord;
import io.github.handymanworkflows.engine.store.DueWork;
import io.github.handymanworkflows.engine.store.OpenWait;
import io.github.handymanworkflows.engine.store.StoredRun;
import io.github.handymanworkflows.execution.SerializedError;
import io.github.handymanworkflows.mongo.internal.Docs;
import io.github.handymanworkflows.mongo.internal.JsonBson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

/** The {@code engine_runs} document: see docs/mongo.md. */
final class RunDocs {

  private RunDocs() {}

  static Document toDocument(StoredRun run, long fence) {
    Document memo = new Document();
    run.memo()
        .forEach((stepId, value) -> memo.append(JsonBson.escape(stepId), JsonBson.toBson(value)));
    List<Object> events = new ArrayList<>();
    run.events().forEach(event -> events.add(JsonBson.toBson(event)));
    List<Document> steps = new ArrayList<>();
    for (StepRecord step : run.steps()) {
      Document d =
          new Document("hashedId", step.hashedId())
              .append("name", step.name())
              .append("kind", step.kind())
              .append("status", step.status())
              .append("attempts", step.attempts())
              .append("outputBytes", step.outputBytes())
              .append("error", error(step.error()));
      Docs.putExact(d, "firstAt", step.firstAt());
      steps.add(Docs.putExact(d, "lastAt", step.lastAt()));
    }
    List<Document> work = new ArrayList<>();
    for (DueWork w : run.work()) {
      Document d = new Document("id", w.id()).append("kind", w.kind().name());
      Docs.putExact(d, "due", w.due());
      work.add(d.append("stepId", w.stepId()).append("attempt", w.attempt()));
    }
    List<Document> waits = new ArrayList<>();
    for (OpenWait w : run.waits()) {
      waits.add(
          Docs.putExact(
              new Document("stepId", w.stepId())
                  .append("eventName", w.eventName())
                  .append("condition", w.condition()),
              "expiresAt",
              w.expiresAt()));
    }
    Document doc =
        new Document("_id", run.runId())
            .append("functionId", run.functionId())
            .append("version", run.version())
            .append("fence", fence)
            .append("status", run.status().name())
            .append("ended", run.status().ended())
            // Copied out of the trigger so the dashboard's search is an indexed equality.
            .append("triggerId", run.triggerEventId())
            .append("userId", run.userId().orElse(null))
            .append("events", events);
    Docs.putExact(doc, "startedAt", run.startedAt());
    Docs.putExact(doc, "endedAt", run.endedAt());
    return doc.append("memo", memo)
        .append("stack", run.stack())
        .append("pending", run.pending())
        .append("steps", steps)
        .append("warnings", run.warnings())
        .append("disableImmediateExecution", run.disableImmediateExecution())
        .append(
            "output",
            run.output() == null ? null : new Document("v", JsonBson.toBson(run.output())))
        .append("error", error(run.error()))
        .append("parentRunId", run.parentRunId())
        .append("parentStepId", run.parentStepId())
        .append("work", work)
        .append("waits", waits);
  }

  static StoredRun fromDocument(Document doc) {
    Map<String, JsonNode> memo = new LinkedHashMap<>();
    Document storedMemo = doc.get("memo", Document.class);
    if (storedMemo != null) {
      storedMemo.forEach(
          (stepId, value) -> memo.put(JsonBson.unescape(stepId), JsonBson.toJson(value)));
    }
    List<JsonNode> events = new ArrayList<>();
    for (Object event : doc.getList("events", Object.class, List.of())) {
      events.add(JsonBson.toJson(event));
    }
    List<StepRecord> steps = new ArrayList<>();
    for (Document s : doc.getList("steps", Document.class, List.of())) {
      steps.add(
          new StepRecord(
              Docs.string(s, "hashedId"),
              Docs.string(s, "name"),
              Docs.string(s, "kind"),
              Docs.string(s, "status"),
              s.getInteger("attempts", 0),
              s.getInteger("outputBytes", 0),
              error(s.get("error", Document.class)),
              Docs.exact(s, "firstAt"),
              Docs.exact(s, "lastAt")));
    }
    List<DueWork> work = new ArrayList<>();
    for (Document w : doc.getList("work", Document.class, List.of())) {
      work.add(
          new DueWork(
              Docs.string(w, "id"),
              DueWork.Kind.valueOf(Docs.string(w, "kind")),
              Docs.requiredExact(w, "due"),
              w.getString("stepId"),
              w.getInteger("attempt", 0)));
    }
    List<OpenWait> waits = new ArrayList<>();
    for (Document w : doc.getList("waits", Document.class, List.of())) {
      waits.add(
          new OpenWait(
              Docs.string(w, "stepId"),
              Docs.string(w, "eventName"),
              w.getString("condition"),
              Docs.requiredExact(w, "expiresAt")));
    }
    Document output = doc.get("output", Document.class);
    return new StoredRun(
        Docs.string(doc, "_id"),
        Docs.string(doc, "functionId"),
        Docs.number(doc, "version"),
        RunStatus.valueOf(Docs.string(doc, "status")),
        events,
        Docs.requiredExact(doc, "startedAt"),
        Docs.exact(doc, "endedAt"),
        memo,
        doc.getList("stack", String.class, List.of()),
        doc.getList("pending", String.class, List.of()),
        steps,
        doc.getList("warnings", String.class, List.of()),
        Boolean.TRUE.equals(doc.getBoolean("disableImmediateExecution")),
        output == null ? null : JsonBson.toJson(output.get("v")),
        error(doc.get("error", Document.class)),
        doc.getString("parentRunId"),
        doc.getString("parentStepId"),
        work,
        waits);
  }

  private static @Nullable Document error(@Nullable SerializedError error) {
    return error == null
        ? null
        : new Document("name", error.name())
            .append("message", error.message())
            .append("stack", error.stack());
  }

  private static @Nullable SerializedError error(@Nullable Document doc) {
    return doc == null
        ? null
        : new SerializedError(
            Docs.string(doc, "name"), Docs.string(doc, "message"), doc.getString("stack"));
  }
}
