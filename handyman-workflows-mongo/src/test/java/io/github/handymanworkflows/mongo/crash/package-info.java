/** The crash test: an app on MongoDB in its own JVM, killed mid-burst and restarted. */
@NullMarked
package io.github.handymanworkflows.mongo.crash;

import org.jspecify.annotations.NullMarked;
