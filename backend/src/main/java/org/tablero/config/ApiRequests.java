package org.tablero.config;

import org.tablero.common.FieldProblem;
import org.tablero.common.InvalidInputException;

/**
 * What the feature APIs check of a request before calling a service: the page asked for, and the version a
 * change is based on, which travels as the record's ETag and comes back in If-Match.
 */
public final class ApiRequests {

    /** The largest page any list of the API returns. */
    public static final int MAX_PAGE_SIZE = 200;

    private ApiRequests() {}

    /** Refuses (422, field {@code size}) a negative page or a size outside 1..{@link #MAX_PAGE_SIZE}. */
    public static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(FieldProblem.of("size", "api.page-size", MAX_PAGE_SIZE));
        }
    }

    /**
     * The version in an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}).
     *
     * @throws IfMatchRequiredException (428) when the header is missing or holds no version
     */
    public static int requiredVersion(String ifMatch) {
        Integer version = optionalVersion(ifMatch);
        if (version == null) {
            throw new IfMatchRequiredException();
        }
        return version;
    }

    /**
     * The version in an If-Match header, or null without one: for a record that a first save creates.
     *
     * @throws IfMatchRequiredException (428) when the header is present but holds no version
     */
    public static Integer optionalVersion(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String version = ifMatch.strip();
        if (version.startsWith("W/")) {
            version = version.substring(2);
        }
        version = version.replace("\"", "").strip();
        if (!version.matches("\\d{1,9}")) {
            throw new IfMatchRequiredException();
        }
        return Integer.parseInt(version);
    }

    /** A change was sent without the version it is based on: answered 428 Precondition Required. */
    public static final class IfMatchRequiredException extends RuntimeException {

        public IfMatchRequiredException() {
            super("Send the version the change is based on (the ETag you read) in If-Match");
        }
    }
}
