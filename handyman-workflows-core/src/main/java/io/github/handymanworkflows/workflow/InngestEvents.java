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
package io.github.handymanworkflows.workflow;

/** Names of the events Inngest itself sends, which workflows may be triggered by. */
public final class InngestEvents {

  /** A run failed permanently; triggers failure handlers. */
  public static final String FUNCTION_FAILED = "inngest/function.failed";

  /** A run was cancelled (by an event, a timeout or the API). */
  public static final String FUNCTION_CANCELLED = "inngest/function.cancelled";

  /** A cron schedule fired. */
  public static final String SCHEDULED_TIMER = "inngest/scheduled.timer";

  /** A function was invoked by another one ({@link Step#invoke}). */
  public static final String FUNCTION_INVOKED = "inngest/function.invoked";

  /** The reserved prefix; hosts cannot send events with it. */
  public static final String RESERVED_PREFIX = "inngest/";

  private InngestEvents() {}
}
