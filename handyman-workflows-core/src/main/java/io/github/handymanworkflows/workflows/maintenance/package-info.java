/** The marketplace's maintenance workflows: analytics reports, weekly cleanup and health checks. */
@NullMarked
package io.github.handymanworkflows.workflows.maintenance;

import org.jspecify.annotations.NullMarked;
