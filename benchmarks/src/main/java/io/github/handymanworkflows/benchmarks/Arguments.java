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
package io.github.handymanworkflows.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** The {@code name=value} command-line arguments of the load drivers. */
final class Arguments {

  private Arguments() {}

  /** The arguments by name; the last of a repeated name wins. */
  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("arguments are name=value, got '" + arg + "'");
      }
      options.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    return options;
  }
}
