package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.token.TokenRepository;

class InMemoryTokenRepositoryTest extends TokenRepositoryContract {

  @Override
  protected TokenRepository newRepository() {
    return new InMemoryTokenRepository();
  }
}
