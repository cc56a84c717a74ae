/** Serves the run dashboard of the embedded engine on Spring MVC. */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.dashboard;

import org.jspecify.annotations.NullMarked;
