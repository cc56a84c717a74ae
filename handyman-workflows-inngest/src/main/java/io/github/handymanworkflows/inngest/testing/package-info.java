/** Test support that plays the Inngest server against a serve endpoint over real HTTP. */
@org.jspecify.annotations.NullMarked
package io.github.handymanworkflows.inngest.testing;
