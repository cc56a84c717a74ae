/** JMH benchmarks and a load driver for the execution core and the embedded engine. */
@NullMarked
package io.github.handymanworkflows.benchmarks;

import org.jspecify.annotations.NullMarked;
