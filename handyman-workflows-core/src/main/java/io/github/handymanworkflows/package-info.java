/** Entry points of handyman-workflows. */
@NullMarked
package io.github.handymanworkflows;

import org.jspecify.annotations.NullMarked;
