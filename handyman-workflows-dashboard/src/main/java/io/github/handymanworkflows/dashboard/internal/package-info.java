/** The dashboard's rendering, CSRF tokens and masking. Internal: no compatibility guarantee. */
@NullMarked
package io.github.handymanworkflows.dashboard.internal;

import org.jspecify.annotations.NullMarked;
