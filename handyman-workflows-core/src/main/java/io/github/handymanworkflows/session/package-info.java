/** Login session metadata (never raw tokens) and its repository port. */
@NullMarked
package io.github.handymanworkflows.session;

import org.jspecify.annotations.NullMarked;
