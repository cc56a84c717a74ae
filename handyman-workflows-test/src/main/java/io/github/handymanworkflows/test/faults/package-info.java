/**
 * Fault-injection sweep: runs a workflow scenario once fault-free, then once per port call with one
 * transient failure at that call, and checks that every run ends in the same outcome.
 */
@NullMarked
package io.github.handymanworkflows.test.faults;

import org.jspecify.annotations.NullMarked;
