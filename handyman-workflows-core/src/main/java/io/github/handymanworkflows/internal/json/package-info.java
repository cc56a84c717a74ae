/** JSON plumbing. Internal: no compatibility guarantee. */
@NullMarked
package io.github.handymanworkflows.internal.json;

import org.jspecify.annotations.NullMarked;
