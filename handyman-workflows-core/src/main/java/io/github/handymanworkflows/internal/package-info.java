/** Implementation details. Internal: no compatibility guarantee. */
@NullMarked
package io.github.handymanworkflows.internal;

import org.jspecify.annotations.NullMarked;
