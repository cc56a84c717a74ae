/** Jobs: the job record, its status machine and the job repository port. */
@NullMarked
package io.github.handymanworkflows.job;

import org.jspecify.annotations.NullMarked;
