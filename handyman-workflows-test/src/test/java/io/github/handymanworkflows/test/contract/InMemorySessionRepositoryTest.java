package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.session.InMemorySessionRepository;
import io.github.handymanworkflows.session.SessionRepository;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {

  @Override
  protected SessionRepository newRepository() {
    return new InMemorySessionRepository();
  }
}
