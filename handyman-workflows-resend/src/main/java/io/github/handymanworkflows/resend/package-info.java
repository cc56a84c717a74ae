/**
 * The {@code Mailer} port on Resend's HTTP API: one JDK HTTP client reused, each logical email's
 * idempotency key sent as {@code Idempotency-Key}, honest error classes, a circuit breaker and a
 * health probe.
 */
@NullMarked
package io.github.handymanworkflows.resend;

import org.jspecify.annotations.NullMarked;
