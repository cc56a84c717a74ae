/**
 * Transactional email: the {@code Mailer} port, messages, templates, settings and the {@code
 * Emails} facade.
 */
@NullMarked
package io.github.handymanworkflows.mail;

import org.jspecify.annotations.NullMarked;
