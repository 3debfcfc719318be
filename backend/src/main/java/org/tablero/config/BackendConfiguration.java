package org.tablero.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.tablero.monitoring.MonitoringProperties;

/** Services check roles themselves ({@code @PreAuthorize}); views only repeat the check. */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties({TableroProperties.class, MonitoringProperties.class})
class BackendConfiguration {}
