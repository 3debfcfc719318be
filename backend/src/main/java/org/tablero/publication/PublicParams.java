package org.tablero.publication;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the public API's query parameters, which arrive as text: anything that is not of the expected form is
 * refused with a {@link PublicQueryException} (400) naming the parameter, never passed on.
 */
final class PublicParams {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_TEXT = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private PublicParams() {}

    static int page(@Nullable String value) {
        return value == null ? 0 : number("page", value, "a page number from 0");
    }

    static int size(@Nullable String value) {
        int size = value == null ? DEFAULT_PAGE_SIZE : number("size", value, "a page size");
        if (size < 1 || size > PublicPortfolio.MAX_PAGE_SIZE) {
            throw new PublicQueryException("size", "'size' must lie between 1 and " + PublicPortfolio.MAX_PAGE_SIZE);
        }
        return size;
    }

    static long id(String name, String value) {
        if (value.length() > 18 || !value.chars().allMatch(Character::isDigit) || value.isEmpty()) {
            throw new PublicQueryException(name, "'" + name + "' must be a whole number");
        }
        return Long.parseLong(value);
    }

    static @Nullable Integer rating(@Nullable String value) {
        if (value == null) {
            return null;
        }
        int rating = number("rating", value, "a rating from 1 to 5");
        if (rating < 1 || rating > 5) {
            throw new PublicQueryException("rating", "'rating' must be a rating from 1 to 5");
        }
        return rating;
    }

    static @Nullable String code(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            throw new PublicQueryException(name, "'" + name + "' must be a code of letters, digits, '.', '_' and '-'");
        }
        return value;
    }

    static @Nullable String text(String name, @Nullable String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new PublicQueryException(name, "'" + name + "' may have at most " + MAX_TEXT + " characters");
        }
        return value;
    }

    static @Nullable Boolean bool(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new PublicQueryException(name, "'" + name + "' must be true or false");
        };
    }

    /** true for asc (the default), false for desc. */
    static boolean ascending(@Nullable String order) {
        if (order == null || order.equals("asc")) {
            return true;
        }
        if (order.equals("desc")) {
            return false;
        }
        throw new PublicQueryException("order", "'order' must be asc or desc");
    }

    static <E extends Enum<E>> @Nullable E value(String name, Class<E> type, @Nullable String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseThrow(() -> new PublicQueryException(name, "'" + name + "' must be one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    private static int number(String name, String value, String what) {
        if (!NUMBER.matcher(value).matches()) {
            throw new PublicQueryException(name, "'" + name + "' must be " + what);
        }
        return Integer.parseInt(value);
    }
}
