/** Blocking calls with timeouts, error mapping, BSON conversions and index upkeep. Not API. */
@NullMarked
package io.github.handymanworkflows.mongo.internal;

import org.jspecify.annotations.NullMarked;
