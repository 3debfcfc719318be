package org.tablero.publication;

import org.jspecify.annotations.Nullable;

/**
 * Which records of a dataset to list and in which order; null means "any" or the dataset's own order.
 *
 * @param organisationCode an organisation whose whole subtree's projects are listed
 * @param sort a field of the dataset's records that it can be sorted by (see {@link PublicDataset#sortFields()})
 */
public record DatasetQuery(@Nullable String projectCode, @Nullable String organisationCode, @Nullable String sort,
        boolean ascending) {

    public static DatasetQuery all() {
        return new DatasetQuery(null, null, null, true);
    }

    public static DatasetQuery ofProject(String projectCode) {
        return new DatasetQuery(projectCode, null, null, true);
    }
}
