/**
 * Contract test suites that every implementation of a port must pass; extend them in adapter tests.
 */
@NullMarked
package io.github.handymanworkflows.test.contract;

import org.jspecify.annotations.NullMarked;
