/** A local HTTP server speaking Resend's email API, for testing mailers and apps against it. */
@NullMarked
package io.github.handymanworkflows.test.resend;

import org.jspecify.annotations.NullMarked;
