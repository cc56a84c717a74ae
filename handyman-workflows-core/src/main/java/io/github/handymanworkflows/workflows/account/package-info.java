/**
 * The account workflows: onboarding, token cleanup, account recovery, security monitoring and the
 * events their fan-outs send.
 */
@NullMarked
package io.github.handymanworkflows.workflows.account;

import org.jspecify.annotations.NullMarked;
