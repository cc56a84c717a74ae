/** Verification, password-reset and refresh tokens, stored as SHA-256 hashes only. */
@NullMarked
package io.github.handymanworkflows.token;

import org.jspecify.annotations.NullMarked;
