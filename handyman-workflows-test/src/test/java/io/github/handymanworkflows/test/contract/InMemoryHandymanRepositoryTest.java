package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.handyman.HandymanRepository;
import io.github.handymanworkflows.handyman.InMemoryHandymanRepository;

class InMemoryHandymanRepositoryTest extends HandymanRepositoryContract {

  @Override
  protected HandymanRepository newRepository() {
    return new InMemoryHandymanRepository();
  }
}
