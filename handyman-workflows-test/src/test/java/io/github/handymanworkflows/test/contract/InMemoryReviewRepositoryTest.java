package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.review.InMemoryReviewRepository;
import io.github.handymanworkflows.review.ReviewRepository;

class InMemoryReviewRepositoryTest extends ReviewRepositoryContract {

  @Override
  protected ReviewRepository newRepository() {
    return new InMemoryReviewRepository();
  }
}
