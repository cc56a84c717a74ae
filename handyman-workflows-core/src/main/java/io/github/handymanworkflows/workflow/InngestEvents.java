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
