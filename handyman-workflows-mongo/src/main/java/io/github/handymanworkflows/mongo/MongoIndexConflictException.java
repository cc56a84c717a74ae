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
