package io.github.handymanworkflows.mongo;

/**
 * The outbox pair: hand {@link #publisher()} to the app as its {@code EventPublisher}, run {@link
 * #relay()} to deliver.
 *
 * @param publisher records batches durably before completing
 * @param relay delivers recorded batches and marks them after acknowledgement
 */
public record MongoOutbox(MongoOutboxPublisher publisher, MongoOutboxRelay relay) {}
