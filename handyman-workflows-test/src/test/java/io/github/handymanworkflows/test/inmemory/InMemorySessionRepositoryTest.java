package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.session.InMemorySessionRepository;
import io.github.handymanworkflows.session.SessionRepository;
import io.github.handymanworkflows.test.contract.SessionRepositoryContract;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {

  @Override
  protected SessionRepository newRepository() {
    return new InMemorySessionRepository();
  }
}
