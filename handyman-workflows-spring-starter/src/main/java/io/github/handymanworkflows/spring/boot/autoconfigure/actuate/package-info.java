/** Actuator support: the health of the engine and probes, and the handymanworkflows endpoint. */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
