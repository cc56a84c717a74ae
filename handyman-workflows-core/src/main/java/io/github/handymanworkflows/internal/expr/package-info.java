/** A small, safe evaluator for Inngest's CEL expressions. Internal: no compatibility guarantee. */
@NullMarked
package io.github.handymanworkflows.internal.expr;

import org.jspecify.annotations.NullMarked;
