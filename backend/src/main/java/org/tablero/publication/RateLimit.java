package org.tablero.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address (Bucket4j), kept in a bounded cache that forgets quiet clients. Per instance:
 * behind a load balancer each instance counts its own share.
 */
@Component
class RateLimit {

    private volatile int requests;
    private volatile Duration period;
    private volatile Cache<String, Bucket> buckets;

    RateLimit(PublicApiProperties properties) {
        configure(properties.requestsPerPeriod(), properties.period());
    }

    /** Sets the limit and forgets every client's count (the tests lower the limit and restore it). */
    final void configure(int requestsPerPeriod, Duration period) {
        this.requests = requestsPerPeriod;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.multipliedBy(2)).build();
    }

    int requestsPerPeriod() {
        return requests;
    }

    Duration period() {
        return period;
    }

    /** Takes one request from the client's allowance: empty when allowed, else the seconds to wait. */
    OptionalLong take(String clientAddress) {
        Bucket bucket = buckets.get(clientAddress, address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
