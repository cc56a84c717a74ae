/** Failed-login tracking and the single lockout policy. */
@NullMarked
package io.github.handymanworkflows.security;

import org.jspecify.annotations.NullMarked;
