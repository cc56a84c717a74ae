/**
 * Redis adapters on Lettuce: {@link io.github.handymanworkflows.redis.RedisLoginAttemptTracker},
 * {@link io.github.handymanworkflows.redis.RedisSessionRepository}, {@link
 * io.github.handymanworkflows.redis.RedisHealthStateRepository}, {@link
 * io.github.handymanworkflows.redis.RedisDeduplicatingMailer} and {@link
 * io.github.handymanworkflows.redis.RedisHealthProbe}, over one {@link
 * io.github.handymanworkflows.redis.RedisConnection}.
 */
@NullMarked
package io.github.handymanworkflows.redis;

import org.jspecify.annotations.NullMarked;
