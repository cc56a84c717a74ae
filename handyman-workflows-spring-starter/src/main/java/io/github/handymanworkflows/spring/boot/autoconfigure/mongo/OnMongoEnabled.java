package io.github.handymanworkflows.spring.boot.autoconfigure.mongo;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Matches when {@code handyman.workflows.mongo.enabled=true} or a Mongo URI is set. */
class OnMongoEnabled extends AnyNestedCondition {

  OnMongoEnabled() {
    super(ConfigurationPhase.PARSE_CONFIGURATION);
  }

  @ConditionalOnProperty(
      prefix = "handyman.workflows.mongo",
      name = "enabled",
      havingValue = "true")
  static class Enabled {}

  @ConditionalOnProperty(prefix = "handyman.workflows.mongo", name = "uri")
  static class UriSet {}
}
