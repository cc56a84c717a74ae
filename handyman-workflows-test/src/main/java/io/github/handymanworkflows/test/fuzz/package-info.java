/** Seeded hostile inputs for fuzzing a host's HTTP endpoints. */
@NullMarked
package io.github.handymanworkflows.test.fuzz;

import org.jspecify.annotations.NullMarked;
