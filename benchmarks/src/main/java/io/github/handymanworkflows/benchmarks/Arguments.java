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
