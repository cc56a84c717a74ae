/**
 * Abstract contract suites, one per port: an adapter test extends one and supplies a fresh
 * repository.
 */
@NullMarked
package io.github.handymanworkflows.test.contract;

import org.jspecify.annotations.NullMarked;
