/** A marketplace backend on the starter's embedded defaults: REST API, seeded data, outbox mail. */
@NullMarked
package io.github.handymanworkflows.sample.app;

import org.jspecify.annotations.NullMarked;
