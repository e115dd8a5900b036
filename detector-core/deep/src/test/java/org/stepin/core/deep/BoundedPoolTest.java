package org.stepin.core.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The parser pool: lazy, bounded, and broken for good when loading fails. */
class BoundedPoolTest {
    @Test
    void shouldLoadLazilyUpToCapacityAndReuse() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        BoundedPool<Object> pool = new BoundedPool<>(() -> {
            loads.incrementAndGet();
            return new Object();
        }, 1);
        assertThat(pool.created()).isZero();
        Object first = pool.borrow(Duration.ZERO);
        pool.release(first);
        assertThat(pool.borrow(Duration.ZERO)).isSameAs(first);
        assertThat(loads).hasValue(1);
    }

    @Test
    void shouldGiveNothingWhenAllAreLentPastTheWait() throws InterruptedException {
        BoundedPool<Object> pool = new BoundedPool<>(Object::new, 1);
        pool.borrow(Duration.ZERO);
        assertThat(pool.borrow(Duration.ofMillis(20))).isNull();
        assertThat(pool.created()).isEqualTo(1);
    }

    @Test
    void shouldStayBrokenAfterALoadFailure() {
        AtomicInteger loads = new AtomicInteger();
        BoundedPool<Object> pool = new BoundedPool<>(() -> {
            loads.incrementAndGet();
            throw new IllegalStateException("no model");
        }, 2);
        assertThatThrownBy(() -> pool.borrow(Duration.ZERO)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pool.borrow(Duration.ZERO)).isInstanceOf(IllegalStateException.class);
        assertThat(loads).hasValue(1);
    }
}
