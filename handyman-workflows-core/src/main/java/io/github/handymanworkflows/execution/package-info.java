/**
 * The one execution core: memoized step state and trigger events in, a result or step ops out. Both
 * drivers, the embedded engine and the Inngest serve handler, run functions through it.
 */
@NullMarked
package io.github.handymanworkflows.execution;

import org.jspecify.annotations.NullMarked;
