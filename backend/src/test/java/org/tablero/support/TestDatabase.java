package org.tablero.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Chooses the real database the integration tests run against: a JDBC URL in
 * {@code TABLERO_TEST_JDBC_URL} (with {@code TABLERO_TEST_JDBC_USER} and {@code TABLERO_TEST_JDBC_PASSWORD}) if
 * given; else MySQL 8.4 in a Testcontainers container where Docker runs; else the embedded MariaDB, with
 * its files under {@code target/test-db} (see {@link TestDirectories}).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static MySQLContainer mysql;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        String url = System.getenv("TABLERO_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", System.getenv().getOrDefault("TABLERO_TEST_JDBC_USER", "root"));
            properties.put("spring.datasource.password", System.getenv().getOrDefault("TABLERO_TEST_JDBC_PASSWORD", ""));
        } else if (DockerClientFactory.instance().isDockerAvailable()) {
            MySQLContainer container = mysqlContainer();
            properties.put("spring.datasource.url", container.getJdbcUrl());
            properties.put("spring.datasource.username", container.getUsername());
            properties.put("spring.datasource.password", container.getPassword());
        } else {
            properties.put("tablero.embedded-db.directory",
                    TestDirectories.embeddedDatabase("test-db").toString());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tablero-test-database",
                properties));
    }

    private static synchronized MySQLContainer mysqlContainer() {
        if (mysql == null) {
            mysql = new MySQLContainer("mysql:8.4");
            mysql.start();
        }
        return mysql;
    }
}
