/** The serve endpoint on each web stack, for the side-by-side comparison with the JS SDK. */
@NullMarked
package io.github.handymanworkflows.benchmarks.serve;

import org.jspecify.annotations.NullMarked;
