/** Inngest time strings, instants and cron schedules. Internal: no compatibility guarantee. */
@NullMarked
package io.github.handymanworkflows.internal.time;

import org.jspecify.annotations.NullMarked;
