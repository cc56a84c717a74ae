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
