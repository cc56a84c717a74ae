/** Lua scripts and value encodings shared by the Redis adapters; not API. */
@NullMarked
package io.github.handymanworkflows.redis.internal;

import org.jspecify.annotations.NullMarked;
