/** The marketplace's job workflows: matching, offers, completion, availability and performance. */
@NullMarked
package io.github.handymanworkflows.workflows.jobs;

import org.jspecify.annotations.NullMarked;
