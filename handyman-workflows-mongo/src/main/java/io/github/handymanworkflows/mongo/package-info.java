/**
 * MongoDB adapters for the storage ports, on the reactive-streams driver: {@link
 * io.github.handymanworkflows.mongo.MongoStorage} builds them over one client and database.
 */
@NullMarked
package io.github.handymanworkflows.mongo;

import org.jspecify.annotations.NullMarked;
