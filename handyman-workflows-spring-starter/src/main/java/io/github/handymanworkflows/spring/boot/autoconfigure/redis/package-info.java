/**
 * Auto-configuration of the Redis adapters: switched on by {@code handyman-workflows-redis} on the
 * classpath and a {@code handyman.workflows.redis.uri} (or a {@code RedisConnection} bean).
 */
@NullMarked
package io.github.handymanworkflows.spring.boot.autoconfigure.redis;

import org.jspecify.annotations.NullMarked;
