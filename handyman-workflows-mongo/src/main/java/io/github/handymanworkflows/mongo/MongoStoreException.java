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

/**
 * A MongoDB call failed in a way that may pass on a retry: a timeout, a lost connection, an
 * election, a write concern not yet satisfied. A workflow step that throws it is retried by the
 * engine; every adapter write is idempotent, so the retry is safe even when the failed call was in
 * fact applied.
 *
 * <p>Messages name the operation and collection, never document contents.
 */
public class MongoStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MongoStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
