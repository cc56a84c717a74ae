/**
 * The embedded engine's state SPI: everything the engine needs to resume after a crash, as plain
 * values a database can hold. {@link io.github.handymanworkflows.engine.store.EngineStore} is the
 * port; {@link io.github.handymanworkflows.engine.store.InMemoryEngineStore} the default adapter.
 */
@NullMarked
package io.github.handymanworkflows.engine.store;

import org.jspecify.annotations.NullMarked;
