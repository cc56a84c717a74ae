/** The embedded engine's machinery. Internal: no compatibility guarantee. */
@NullMarked
package io.github.handymanworkflows.engine.internal;

import org.jspecify.annotations.NullMarked;
