package org.stepin.core.deep;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code capacity} heavy objects (CoreNLP pipelines), created lazily by the first callers that find none
 * free, lent out one caller at a time with a bounded wait. When loading fails, the pool stays broken and lends
 * nothing (loading again on every message would stall the stream). Thread-safe.
 *
 * @param <T> what is pooled
 */
final class BoundedPool<T> {
    private final Supplier<T> loader;
    private final int capacity;
    private final BlockingQueue<T> idle;
    private final AtomicInteger created = new AtomicInteger();
    private volatile RuntimeException broken;

    BoundedPool(Supplier<T> loader, int capacity) {
        this.loader = requireNonNull(loader, "loader");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    /**
     * A free object, loading one when fewer than {@code capacity} exist (the caller waits for the load), or
     * waiting up to {@code maxWait} for one to be released; null when none came free in time.
     *
     * @throws IllegalStateException when loading failed, now or before
     * @throws InterruptedException when interrupted while waiting
     */
    T borrow(Duration maxWait) throws InterruptedException {
        if (broken != null) {
            throw new IllegalStateException("the pool's loader failed", broken);
        }
        T free = idle.poll();
        if (free != null) {
            return free;
        }
        if (created.incrementAndGet() <= capacity) {
            try {
                return loader.get();
            } catch (RuntimeException e) {
                broken = e;
                throw new IllegalStateException("the pool's loader failed", e);
            }
        }
        created.decrementAndGet();
        return idle.poll(maxWait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Gives back an object from {@link #borrow}. */
    void release(T object) {
        if (!idle.offer(requireNonNull(object, "object"))) {
            throw new IllegalStateException("more objects released than the pool holds");
        }
    }

    /** How many objects exist. */
    int created() {
        return Math.min(created.get(), capacity);
    }
}
