package org.tablero.assessment.standards;

import java.util.List;
import java.util.Optional;

/** A catalogue version with its standards in their order. */
public record Catalogue(CatalogueVersion version, List<Standard> standards) {

    public Catalogue {
        standards = List.copyOf(standards);
    }

    public Optional<Standard> standard(String code) {
        return standards.stream().filter(standard -> standard.code().equals(code)).findFirst();
    }
}
