package org.tablero.config.embedded;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With no {@code spring.datasource.url}, Tablero starts its own MariaDB and points Boot's pool,
 * Flyway and jOOQ at it through {@link JdbcConnectionDetails}. Because the pool depends on the
 * connection details, which depend on the server, Spring closes them in the right order.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    @Bean(destroyMethod = "stopQuietly")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        EmbeddedMariaDb server = EmbeddedMariaDb.prepare(properties);
        server.startAndCreateDatabase();
        return server;
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedMariaDb server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "root";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }
}
