package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;
import io.github.handymanworkflows.test.contract.HealthStateRepositoryContract;

class InMemoryHealthStateRepositoryTest extends HealthStateRepositoryContract {

  @Override
  protected HealthStateRepository newRepository() {
    return new InMemoryHealthStateRepository();
  }
}
