/** The serve endpoint, independent of the web stack, and its Spring MVC and WebFlux routes. */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.web;

import org.jspecify.annotations.NullMarked;
