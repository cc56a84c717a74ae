/** The transactional email workflows: one function per email an event asks for. */
@NullMarked
package io.github.handymanworkflows.workflows.email;

import org.jspecify.annotations.NullMarked;
