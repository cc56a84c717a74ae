/**
 * A plain-Java host that serves the marketplace workflows to Inngest with the JDK's HTTP server.
 */
@org.jspecify.annotations.NullMarked
package io.github.handymanworkflows.samples.plainjava;
