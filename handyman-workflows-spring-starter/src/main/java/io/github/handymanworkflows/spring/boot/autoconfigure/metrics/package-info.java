/** Metrics of runs, steps, emails and event publishing, recorded through decorators. */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
