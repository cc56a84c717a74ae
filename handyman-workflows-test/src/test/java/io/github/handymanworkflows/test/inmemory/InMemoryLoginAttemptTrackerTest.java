package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.security.InMemoryLoginAttemptTracker;
import io.github.handymanworkflows.security.LoginAttemptTracker;
import io.github.handymanworkflows.test.contract.LoginAttemptTrackerContract;

class InMemoryLoginAttemptTrackerTest extends LoginAttemptTrackerContract {

  @Override
  protected LoginAttemptTracker newRepository() {
    return new InMemoryLoginAttemptTracker();
  }
}
