/**
 * What workflows remember about their own progress: markers of once-ever emails and where a capped
 * scan stopped.
 */
@NullMarked
package io.github.handymanworkflows.ledger;

import org.jspecify.annotations.NullMarked;
