package org.tablero.publication;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tablero.assessment.risk.RiskCategory;

/**
 * The one place that decides what the public sees of a value: the rules of domain.md (cybersecurity risk details,
 * personal data) and the digital authority's confidential marks. Every public record is built through it, and so
 * every door (the dashboards, the JSON API, the CSVs, the feed, the snapshots) withholds the same values.
 */
final class Disclosure {

    private record Key(long projectId, ConfidentialField field, long itemId) {}

    private final Map<Key, String> grounds = new HashMap<>();

    Disclosure(Collection<ConfidentialMark> marks) {
        for (ConfidentialMark mark : marks) {
            grounds.put(new Key(mark.projectId(), mark.field(), mark.itemId()), mark.legalGround());
        }
    }

    /** A field that the digital authority may have marked confidential. */
    <T> Disclosed<T> field(long projectId, ConfidentialField field, long itemId, @Nullable T value) {
        String ground = grounds.get(new Key(projectId, field, itemId));
        return ground == null ? Disclosed.shown(value) : Disclosed.withheld(WithholdingReason.CONFIDENTIAL, ground);
    }

    /** A field of the project itself. */
    <T> Disclosed<T> field(long projectId, ConfidentialField field, @Nullable T value) {
        return field(projectId, field, 0, value);
    }

    /** A risk's description or mitigation: never public for a cybersecurity risk, else as marked. */
    Disclosed<String> riskText(long projectId, RiskCategory category, ConfidentialField field, long riskId,
            @Nullable String text) {
        if (category.isWithheldFromPublic()) {
            return Disclosed.withheld(WithholdingReason.CYBERSECURITY, WithholdingReason.CYBERSECURITY.fixedGround());
        }
        return field(projectId, field, riskId, text);
    }

    /** A text that may name a person: withheld when there is one. */
    static Disclosed<String> personal(@Nullable String text) {
        return text == null || text.isBlank() ? Disclosed.shown(null)
                : Disclosed.withheld(WithholdingReason.PERSONAL_DATA, WithholdingReason.PERSONAL_DATA.fixedGround());
    }

    /** Whether the field is marked confidential, for queries that must not search or sort by a withheld value. */
    boolean isMarked(long projectId, ConfidentialField field, long itemId) {
        return grounds.containsKey(new Key(projectId, field, itemId));
    }

    /** The withheld values among named ones, for a page that lists what is withheld and why. */
    static List<WithheldField> withheldAmong(String item, Map<String, Disclosed<?>> fields) {
        List<WithheldField> withheld = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (value.hidden()) {
                withheld.add(new WithheldField(item, name, value.reason(), value.withheld()));
            }
        });
        return withheld;
    }
}
