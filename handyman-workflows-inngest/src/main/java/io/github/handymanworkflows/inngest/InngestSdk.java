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
package io.github.handymanworkflows.inngest;

/** How this SDK identifies itself to Inngest. */
public final class InngestSdk {

  /** The SDK name: the repository, prefixed by its owner because it is not in the inngest org. */
  public static final String NAME = "handymanworkflows/handyman-workflows";

  /** The SDK version, plain semver. */
  public static final String VERSION = "0.1.0";

  /**
   * The {@code X-Inngest-Sdk} value: {@code name:v<semver>} with exactly one colon, because the
   * server splits it there and semver-parses the rest.
   */
  public static final String SDK = NAME + ":v" + VERSION;

  /** The language reported in introspection and in-band sync. */
  public static final String LANGUAGE = "java";

  /** The request version this SDK speaks ({@code X-Inngest-Req-Version}). */
  public static final String REQUEST_VERSION = "2";

  /** The introspection schema version. */
  public static final String SCHEMA_VERSION = "2024-05-24";

  private InngestSdk() {}
}
