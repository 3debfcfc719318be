package org.tablero.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** An integration test of the services against the real database (see {@link TestDatabase}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = BackendTestApplication.class, properties = "tablero.demo-data.enabled=false")
@ContextConfiguration(initializers = TestDatabase.class)
public @interface DatabaseTest {}
