/**
 * Differential conformance harness: drives the official JS SDK and records its protocol answers.
 */
@org.jspecify.annotations.NullMarked
package io.github.handymanworkflows.inngest.conformance;
