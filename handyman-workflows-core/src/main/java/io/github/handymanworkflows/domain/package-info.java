/**
 * Value types shared by events, ports and workflows: money, places, roles, urgency, token kinds.
 */
@NullMarked
package io.github.handymanworkflows.domain;

import org.jspecify.annotations.NullMarked;
