/** Reviews customers leave for completed jobs, and their repository port. */
@NullMarked
package io.github.handymanworkflows.review;

import org.jspecify.annotations.NullMarked;
