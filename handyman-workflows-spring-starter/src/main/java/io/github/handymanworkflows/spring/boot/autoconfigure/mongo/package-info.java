/**
 * Auto-configuration of the MongoDB adapters: every storage port, the outbox and a health probe,
 * switched on by {@code handyman.workflows.mongo.uri} or {@code handyman.workflows.mongo.enabled}.
 */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.mongo;

import org.jspecify.annotations.NullMarked;
