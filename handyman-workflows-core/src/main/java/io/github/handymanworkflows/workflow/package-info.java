/** Workflow functions: definitions, triggers, the step API and the errors a workflow may throw. */
@NullMarked
package io.github.handymanworkflows.workflow;

import org.jspecify.annotations.NullMarked;
