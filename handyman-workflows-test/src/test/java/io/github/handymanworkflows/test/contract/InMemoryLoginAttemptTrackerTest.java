package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.security.InMemoryLoginAttemptTracker;
import io.github.handymanworkflows.security.LoginAttemptTracker;

class InMemoryLoginAttemptTrackerTest extends LoginAttemptTrackerContract {

  @Override
  protected LoginAttemptTracker newRepository() {
    return new InMemoryLoginAttemptTracker();
  }
}
