package org.tablero.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.tablero.config.embedded.EmbeddedMariaDb;
import org.tablero.identity.FirstAdministrator;

/**
 * On the first start of an empty database: the demo portfolio (by default with the embedded database)
 * or else just a root organisation and an administrator.
 */
@Component
class StartupData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupData.class);

    private final FirstAdministrator firstAdministrator;
    private final DemoPortfolio demoPortfolio;
    private final boolean demoData;
    private final String rootCode;
    private final String rootName;
    private final String adminPassword;

    StartupData(FirstAdministrator firstAdministrator, DemoPortfolio demoPortfolio,
            ObjectProvider<EmbeddedMariaDb> embeddedDatabase,
            @Value("${tablero.demo-data.enabled:#{null}}") Boolean demoData,
            @Value("${tablero.bootstrap.root-code:GOV}") String rootCode,
            @Value("${tablero.bootstrap.root-name:Government}") String rootName,
            @Value("${tablero.bootstrap.admin-password:}") String adminPassword) {
        this.firstAdministrator = firstAdministrator;
        this.demoPortfolio = demoPortfolio;
        this.demoData = demoData != null ? demoData : embeddedDatabase.getIfAvailable() != null;
        this.rootCode = rootCode;
        this.rootName = rootName;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!firstAdministrator.isNeeded()) {
            if (demoData) {
                DemoPortfolio.logAccounts(log);
            }
            return;
        }
        if (demoData) {
            demoPortfolio.load();
            DemoPortfolio.logAccounts(log);
        } else {
            firstAdministrator.create(rootCode, rootName, adminPassword);
        }
    }
}
