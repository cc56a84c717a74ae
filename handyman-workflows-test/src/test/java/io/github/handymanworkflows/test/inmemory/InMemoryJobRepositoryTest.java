package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.job.InMemoryJobRepository;
import io.github.handymanworkflows.job.JobRepository;
import io.github.handymanworkflows.test.contract.JobRepositoryContract;

class InMemoryJobRepositoryTest extends JobRepositoryContract {

  @Override
  protected JobRepository newRepository() {
    return new InMemoryJobRepository();
  }
}
