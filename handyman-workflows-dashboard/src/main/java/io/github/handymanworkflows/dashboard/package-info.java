/**
 * A run dashboard for the embedded engine, independent of any web framework: {@link
 * io.github.handymanworkflows.dashboard.Dashboard} turns a {@link
 * io.github.handymanworkflows.dashboard.DashboardRequest} into a {@link
 * io.github.handymanworkflows.dashboard.DashboardResponse}; {@link
 * io.github.handymanworkflows.dashboard.JdkDashboardHandler} mounts it on the JDK HTTP server and
 * the Spring starter mounts it on Spring MVC.
 */
@NullMarked
package io.github.handymanworkflows.dashboard;

import org.jspecify.annotations.NullMarked;
