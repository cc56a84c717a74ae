package io.github.handymanworkflows.event;

import java.util.List;

/**
 * The outcome of a publish: the ids the engine assigned, in the order the events were given.
 *
 * @param ids the engine's event ids
 */
public record PublishResult(List<String> ids) {

  /** Copies the ids. */
  public PublishResult {
    ids = List.copyOf(ids);
  }
}
