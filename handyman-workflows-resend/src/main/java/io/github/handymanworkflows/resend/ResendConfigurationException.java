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
package io.github.handymanworkflows.resend;

/**
 * The Resend adapter cannot start with the settings it was given: no API key, a base URL that is
 * not absolute, plain HTTP to a remote host, a non-positive timeout.
 *
 * <p>The message names the setting, never its value.
 */
public final class ResendConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A configuration error described by {@code message}. */
  public ResendConfigurationException(String message) {
    super(message);
  }
}
