package org.tablero.publication;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API's HTTP filter, ahead of Spring Security's, and the scheduler of the quarterly snapshots, of which
 * one instance at a time runs a job (ShedLock on the database's clock).
 */
@Configuration
@EnableConfigurationProperties(PublicApiProperties.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT2H")
class PublicationConfiguration {

    /** Before Spring Security's filters (order -100): a limited or unchanged request costs no more than needed. */
    private static final int FILTER_ORDER = -200;

    /** Memory for the public API's answers (gzipped); an eighth of the smallest heap it was measured with. */
    private static final long ANSWER_BYTES = 32L << 20;

    @Bean
    PublicAnswers publicAnswers() {
        return new PublicAnswers(ANSWER_BYTES);
    }

    @Bean
    FilterRegistrationBean<PublicHttpFilter> publicHttpFilter(RateLimit rateLimit, PublicDataVersion dataVersion,
            PublicApiProperties properties, JsonMapper json, PublicAnswers answers) {
        FilterRegistrationBean<PublicHttpFilter> registration = new FilterRegistrationBean<>(
                new PublicHttpFilter(rateLimit, dataVersion, properties, json, answers));
        registration.addUrlPatterns("/api/public/*");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
