package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.test.contract.UserRepositoryContract;
import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.user.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

  @Override
  protected UserRepository newRepository() {
    return new InMemoryUserRepository();
  }
}
