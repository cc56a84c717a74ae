/**
 * The SDK side of the Inngest protocol: configuration, the serve handler, signatures and the event
 * API client, on the JDK's HTTP stack.
 */
@NullMarked
package io.github.handymanworkflows.inngest;

import org.jspecify.annotations.NullMarked;
