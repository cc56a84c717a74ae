package io.github.handymanworkflows.handyman;

/** Whether an admin has vetted a handyman; only approved handymen are offered jobs. */
public enum ApprovalStatus {
  /** Registered, waiting for an admin. */
  PENDING,
  /** Vetted; may be matched to jobs. */
  APPROVED,
  /** Turned down; never matched. */
  REJECTED
}
