/** Mail internals: the template engine, RFC 5322 writing and masking helpers; not API. */
@NullMarked
package io.github.handymanworkflows.mail.internal;

import org.jspecify.annotations.NullMarked;
