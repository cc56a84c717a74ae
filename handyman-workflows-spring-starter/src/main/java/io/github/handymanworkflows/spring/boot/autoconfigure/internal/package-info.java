/** Internals of the starter; no compatibility guarantee. */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.internal;

import org.jspecify.annotations.NullMarked;
