/**
 * Handymen: marketplace state (skills, location, approval, availability, stats) and its repository
 * port.
 */
@NullMarked
package io.github.handymanworkflows.handyman;

import org.jspecify.annotations.NullMarked;
