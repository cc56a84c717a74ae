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

import java.util.List;

/**
 * The logical collection names. {@link MongoSettings#collectionName} turns one into the stored
 * name; the schema of each is in {@code docs/mongo.md}.
 */
public final class MongoCollections {

  /** User accounts. */
  public static final String USERS = "users";

  /** Workflow-owned handyman state (approval, availability, stats). */
  public static final String HANDYMEN = "handymen";

  /** One record per (handyman, job): the completions and ratings the stats are computed from. */
  public static final String HANDYMAN_JOBS = "handyman_jobs";

  /** Jobs. */
  public static final String JOBS = "jobs";

  /** Reviews, one per job. */
  public static final String REVIEWS = "reviews";

  /** Hashed tokens. */
  public static final String TOKENS = "tokens";

  /** Session metadata. */
  public static final String SESSIONS = "sessions";

  /** Analytics reports, one per period key. */
  public static final String REPORTS = "reports";

  /** Failed logins, one document per failure. */
  public static final String LOGIN_FAILURES = "login_failures";

  /** The last known status per health probe. */
  public static final String HEALTH_STATES = "health_states";

  /** Workflow progress: once-ever email markers and scan cursors, keyed by kind and name. */
  public static final String WORKFLOW_LEDGER = "workflow_ledger";

  /** Published events not yet delivered. */
  public static final String OUTBOX = "outbox";

  /** Engine: accepted events not yet routed, one document per accepted batch. */
  public static final String ENGINE_EVENTS = "engine_events";

  /** Engine: runs with their step state, timers and waits. */
  public static final String ENGINE_RUNS = "engine_runs";

  /** Engine: de-duplication and idempotency key claims. */
  public static final String ENGINE_KEYS = "engine_keys";

  /** Engine: the next fire of each cron trigger. */
  public static final String ENGINE_CRONS = "engine_crons";

  /** Engine: concurrency slots per key. */
  public static final String ENGINE_SLOTS = "engine_slots";

  /** Engine: the single-active-engine lease. */
  public static final String ENGINE_LEASE = "engine_lease";

  /** Every logical name. */
  public static final List<String> ALL =
      List.of(
          USERS,
          HANDYMEN,
          HANDYMAN_JOBS,
          JOBS,
          REVIEWS,
          TOKENS,
          SESSIONS,
          REPORTS,
          LOGIN_FAILURES,
          HEALTH_STATES,
          WORKFLOW_LEDGER,
          OUTBOX,
          ENGINE_EVENTS,
          ENGINE_RUNS,
          ENGINE_KEYS,
          ENGINE_CRONS,
          ENGINE_SLOTS,
          ENGINE_LEASE);

  private MongoCollections() {}
}
