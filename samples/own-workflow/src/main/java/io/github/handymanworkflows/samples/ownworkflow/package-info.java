/**
 * The guide's example: a host's own workflow, its events and its port, served in Spring Boot and in
 * plain Java.
 */
@NullMarked
package io.github.handymanworkflows.samples.ownworkflow;

import org.jspecify.annotations.NullMarked;
