package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.user.InMemoryUserRepository;
import io.github.handymanworkflows.user.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

  @Override
  protected UserRepository newRepository() {
    return new InMemoryUserRepository();
  }
}
