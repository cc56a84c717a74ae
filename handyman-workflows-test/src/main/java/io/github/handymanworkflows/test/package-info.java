/** Test kit for host apps: a manual-clock driver for workflow tests. */
@NullMarked
package io.github.handymanworkflows.test;

import org.jspecify.annotations.NullMarked;
