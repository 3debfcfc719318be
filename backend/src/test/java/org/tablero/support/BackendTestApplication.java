package org.tablero.support;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend on its own, as the integration tests start it (the real application lives in the ui module). */
@SpringBootApplication(scanBasePackages = "org.tablero")
public class BackendTestApplication {}
