/**
 * A throwaway {@code redis-server} for tests: started from the PATH on a free loopback port, never
 * the machine's own Redis.
 */
@NullMarked
package io.github.handymanworkflows.test.redis;

import org.jspecify.annotations.NullMarked;
