package org.tablero.publication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public API.
 *
 * @param requestsPerPeriod requests one client address may make per period before it gets 429 (default 600)
 * @param period the period of the rate limit (default one minute)
 * @param maxAge how long browsers and caches may reuse an answer without asking again (default 60 s; a change
 *     is then public everywhere within five minutes)
 * @param snapshotCron when the quarterly snapshot job looks for a quarter without a snapshot ("-" switches it off)
 * @param refresh how long the API answers from the data version it last read before it reads it again (default
 *     30 s): answers of one version are served from memory ({@link PublicAnswers}), so a change reaches the API
 *     within this time, and browsers within it plus {@code maxAge}; the public web pages show it at once
 */
@ConfigurationProperties("tablero.public-api")
public record PublicApiProperties(Integer requestsPerPeriod, Duration period, Duration maxAge, String snapshotCron,
        Duration refresh) {

    public PublicApiProperties {
        requestsPerPeriod = requestsPerPeriod == null ? 600 : requestsPerPeriod;
        period = period == null ? Duration.ofMinutes(1) : period;
        maxAge = maxAge == null ? Duration.ofSeconds(60) : maxAge;
        snapshotCron = snapshotCron == null ? "0 15 0 * * *" : snapshotCron;
        refresh = refresh == null ? Duration.ofSeconds(30) : refresh;
    }
}
