/** Analytics reports per calendar period, stored once per period. */
@NullMarked
package io.github.handymanworkflows.report;

import org.jspecify.annotations.NullMarked;
