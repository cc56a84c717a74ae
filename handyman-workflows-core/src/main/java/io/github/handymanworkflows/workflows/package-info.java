/** The marketplace's workflow functions: their dependencies, settings and catalogue. */
@NullMarked
package io.github.handymanworkflows.workflows;

import org.jspecify.annotations.NullMarked;
