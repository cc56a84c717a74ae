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
package io.github.handymanworkflows.mongo;

import java.util.List;

/**
 * At startup, an existing index has the name or keys of one the adapters declare but a different
 * definition. Nothing is dropped or rebuilt automatically: an operator decides (drop the old index,
 * or rename the collection through {@link MongoSettings}).
 */
public class MongoIndexConflictException extends MongoPermanentException {
  private static final long serialVersionUID = 1L;

  private final List<String> conflicts;

  /** Creates the exception from one line per conflict. */
  public MongoIndexConflictException(List<String> conflicts) {
    super(
        "MongoDB indexes conflict with the ones handyman-workflows declares: "
            + String.join("; ", conflicts),
        null);
    this.conflicts = List.copyOf(conflicts);
  }

  /** One description per conflicting index. */
  public List<String> conflicts() {
    return conflicts;
  }
}
