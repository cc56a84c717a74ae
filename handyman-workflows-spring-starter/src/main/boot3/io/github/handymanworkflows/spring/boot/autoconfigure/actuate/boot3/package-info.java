/** The health indicator for Spring Boot 3.5, whose Actuator health types predate Boot 4's move. */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.actuate.boot3;

import org.jspecify.annotations.NullMarked;
