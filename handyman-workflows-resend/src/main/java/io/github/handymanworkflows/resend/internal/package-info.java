/** Wire format, headers and the local receipt ledger of the Resend adapter; not API. */
@NullMarked
package io.github.handymanworkflows.resend.internal;

import org.jspecify.annotations.NullMarked;
