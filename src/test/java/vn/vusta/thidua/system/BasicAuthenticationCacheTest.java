package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BasicAuthenticationCacheTest {

    private static final String SON_LA = "Basic c29uLWxhOmRlbW8="; // son-la:demo
    private static final String WRONG = "Basic c29uLWxhOndyb25n"; // son-la:wrong
    private static final BasicAuthenticationCache.Identity IDENTITY =
            new BasicAuthenticationCache.Identity("son-la", List.of("province-son-la"), List.of());

    private final AtomicLong now = new AtomicLong(1_000);
    private final BasicAuthenticationCache cache = new BasicAuthenticationCache(Duration.ofSeconds(30), now::get);

    @Test
    void aSuccessfulHeaderIsRememberedForThePeriodOnly() {
        cache.put("default", SON_LA, IDENTITY);

        assertThat(cache.get("default", SON_LA)).isEqualTo(IDENTITY);
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("default", SON_LA)).isEqualTo(IDENTITY);
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("default", SON_LA)).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anotherPasswordOrEngineIsNotTheSameEntry() {
        cache.put("default", SON_LA, IDENTITY);

        assertThat(cache.get("default", WRONG)).isNull();
        assertThat(cache.get("other", SON_LA)).isNull();
        assertThat(cache.get("default", null)).isNull();
    }

    @Test
    void periodZeroTurnsTheCacheOff() {
        BasicAuthenticationCache off = new BasicAuthenticationCache(Duration.ZERO, now::get);
        off.put("default", SON_LA, IDENTITY);

        assertThat(off.get("default", SON_LA)).isNull();
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < BasicAuthenticationCache.MAX_ENTRIES + 5; i++) {
            cache.put("default", "Basic " + i, IDENTITY);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(BasicAuthenticationCache.MAX_ENTRIES);
    }
}
