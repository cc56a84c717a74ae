package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.job.InMemoryJobRepository;
import io.github.handymanworkflows.job.JobRepository;

class InMemoryJobRepositoryTest extends JobRepositoryContract {

  @Override
  protected JobRepository newRepository() {
    return new InMemoryJobRepository();
  }
}
