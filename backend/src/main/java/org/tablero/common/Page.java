package org.tablero.common;

import java.util.List;

/** One page of a list, with the total, as the API returns it. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
