/** Health probes with measured latency, and the last known state per probe for alert-on-change. */
@NullMarked
package io.github.handymanworkflows.health;

import org.jspecify.annotations.NullMarked;
