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

import io.github.handymanworkflows.workflow.NonRetriableException;

/**
 * A MongoDB call failed in a way a retry cannot fix: a rejected credential, a document the server
 * refuses, a unique key held by another record, an unknown command. It is a {@link
 * NonRetriableException}, so a workflow step that throws it fails at once.
 *
 * <p>Messages name the operation and collection, never document contents.
 */
public class MongoPermanentException extends NonRetriableException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MongoPermanentException(String message, Throwable cause) {
    super(message, cause);
  }
}
