package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.test.contract.TokenRepositoryContract;
import io.github.handymanworkflows.token.InMemoryTokenRepository;
import io.github.handymanworkflows.token.TokenRepository;

class InMemoryTokenRepositoryTest extends TokenRepositoryContract {

  @Override
  protected TokenRepository newRepository() {
    return new InMemoryTokenRepository();
  }
}
