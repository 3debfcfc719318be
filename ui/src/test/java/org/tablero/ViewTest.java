package org.tablero;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.tablero.support.TestDatabase;

/** A browserless view test on the whole application, its real database holding the demo portfolio. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TableroApplication.class, properties = "tablero.demo-data.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
public @interface ViewTest {}
