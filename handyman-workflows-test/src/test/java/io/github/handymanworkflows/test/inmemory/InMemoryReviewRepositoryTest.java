package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.review.InMemoryReviewRepository;
import io.github.handymanworkflows.review.ReviewRepository;
import io.github.handymanworkflows.test.contract.ReviewRepositoryContract;

class InMemoryReviewRepositoryTest extends ReviewRepositoryContract {

  @Override
  protected ReviewRepository newRepository() {
    return new InMemoryReviewRepository();
  }
}
