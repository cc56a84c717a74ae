/** Auto-configuration of the Resend mailer, its settings and its health probe. */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.resend;

import org.jspecify.annotations.NullMarked;
