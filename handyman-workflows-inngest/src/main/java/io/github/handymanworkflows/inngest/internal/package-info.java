/** Wire details of the Inngest protocol (sync payloads, call request parsing); not API. */
@NullMarked
package io.github.handymanworkflows.inngest.internal;

import org.jspecify.annotations.NullMarked;
