package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.handyman.InMemoryHandymanRepository;
import io.github.handymanworkflows.test.contract.HandymanRepositoryContract;

class InMemoryHandymanRepositoryTest extends HandymanRepositoryContract {

  @Override
  protected HandymanRepository newRepository() {
    return new InMemoryHandymanRepository();
  }
}
