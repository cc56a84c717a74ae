/** Test-data builders with sensible defaults for users, handymen, jobs and places. */
@NullMarked
package io.github.handymanworkflows.test.data;

import org.jspecify.annotations.NullMarked;
