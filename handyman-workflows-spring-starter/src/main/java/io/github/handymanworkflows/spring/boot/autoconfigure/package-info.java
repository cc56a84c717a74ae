/**
 * Spring Boot auto-configuration of handyman-workflows: the engine chosen by {@code
 * handyman.workflows.engine}, every port as a bean a host can replace, the serve endpoint, health
 * and metrics.
 */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
