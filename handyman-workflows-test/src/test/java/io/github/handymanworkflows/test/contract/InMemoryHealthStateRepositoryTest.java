package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.health.HealthStateRepository;
import io.github.handymanworkflows.health.InMemoryHealthStateRepository;

class InMemoryHealthStateRepositoryTest extends HealthStateRepositoryContract {

  @Override
  protected HealthStateRepository newRepository() {
    return new InMemoryHealthStateRepository();
  }
}
