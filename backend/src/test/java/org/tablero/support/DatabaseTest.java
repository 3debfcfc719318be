package org.tablero.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of the services and the API against the real database (see {@link TestDatabase}),
 * with the API on a real HTTP port. Every such test shares one application context, and so one database
 * server: a second context would start a second server on the same files. The public API reads the data
 * version at every request ({@code tablero.public-api.refresh=0s}), so that a test sees the change it made.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tablero.demo-data.enabled=false", "tablero.public-api.refresh=0s"})
@ContextConfiguration(initializers = TestDatabase.class)
public @interface DatabaseTest {}
