/*
 * Copyright 2026 the handyman-workflows authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
