/**
 * The embedded engine: runs workflow functions in-process, playing the Inngest server's part
 * (routing, run state, timers, waits, retries, crons, history).
 */
@NullMarked
package io.github.handymanworkflows.engine;

import org.jspecify.annotations.NullMarked;
