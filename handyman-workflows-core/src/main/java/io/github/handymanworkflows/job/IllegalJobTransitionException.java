package io.github.handymanworkflows.job;

/** A write would move a job between states that {@link JobStatus} does not connect. */
public class IllegalJobTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String jobId;
  private final JobStatus from;
  private final JobStatus to;

  /** Creates the exception. */
  public IllegalJobTransitionException(String jobId, JobStatus from, JobStatus to) {
    super("job " + jobId + " cannot move from " + from + " to " + to);
    this.jobId = jobId;
    this.from = from;
    this.to = to;
  }

  /** The job. */
  public String jobId() {
    return jobId;
  }

  /** Its stored status. */
  public JobStatus from() {
    return from;
  }

  /** The status the write asked for. */
  public JobStatus to() {
    return to;
  }
}
