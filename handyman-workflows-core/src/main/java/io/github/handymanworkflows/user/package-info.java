/** Users: accounts, profile completeness and the user repository port. */
@NullMarked
package io.github.handymanworkflows.user;

import org.jspecify.annotations.NullMarked;
