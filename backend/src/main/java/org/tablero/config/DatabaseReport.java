package org.tablero.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start which database Tablero works on, so an operator never has to guess. */
@Component
class DatabaseReport {

    private static final Logger log = LoggerFactory.getLogger(DatabaseReport.class);

    private final DataSource dataSource;
    private final DSLContext db;

    DatabaseReport(DataSource dataSource, DSLContext db) {
        this.dataSource = dataSource;
        this.db = db;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            log.info("Database: {} {} at {} (jOOQ dialect {})", metaData.getDatabaseProductName(),
                    metaData.getDatabaseProductVersion(), metaData.getURL(), db.dialect());
        }
    }
}
