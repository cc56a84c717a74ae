/**
 * The replaying step implementation behind the execution core. Internal: no compatibility
 * guarantee.
 */
@NullMarked
package io.github.handymanworkflows.internal.execution;

import org.jspecify.annotations.NullMarked;
