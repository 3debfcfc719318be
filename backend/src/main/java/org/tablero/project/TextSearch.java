package org.tablero.project;

import static org.tablero.db.Tables.PROJECT;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The text search of the register and of the public project list, through the FULLTEXT indexes of V15: a project
 * is found when every word of the text begins a word of its code, title or summary ("gest" finds "Gestión"; case
 * and accents aside, by the columns' collation). A word of several parts, such as a code "MIN-SALUD-2026-014",
 * must also appear as written, and so must a word the index cannot hold (shorter than three characters).
 */
public final class TextSearch {

    /** InnoDB's defaults innodb_ft_min_token_size and innodb_ft_max_token_size: other words are not indexed. */
    private static final int SHORTEST_INDEXED = 3;
    private static final int LONGEST_INDEXED = 84;

    /**
     * INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD, the same on MariaDB and MySQL. The index leaves these words
     * out of the text, so a required "+the*" would ask it for a word it never holds: the query leaves them out too,
     * and "the health" finds what "health" finds.
     */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    private TextSearch() {}

    /** The projects whose code, title or summary hold the text. */
    public static Condition matching(String text) {
        return condition(text, null);
    }

    /** The same, but a project's summary counts only where {@code summaryShown} holds. */
    public static Condition matchingShown(String text, Condition summaryShown) {
        return condition(text, summaryShown);
    }

    private static Condition condition(String text, @Nullable Condition summaryShown) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        Query query = Query.of(normalized);
        if (query.booleanMode().isEmpty()) {
            // No word the index holds ("TI", "5G"): a substring search, which reads every row, but is rare.
            return anyColumn(normalized, summaryShown);
        }
        Condition condition = match(query.booleanMode(), PROJECT.CODE, PROJECT.TITLE, PROJECT.SUMMARY);
        if (summaryShown != null) {
            condition = condition.and(summaryShown.or(match(query.booleanMode(), PROJECT.CODE, PROJECT.TITLE)));
        }
        // the index finds the candidates, and only the rows it found are read for these words
        for (String word : query.asWritten()) {
            condition = condition.and(anyColumn(word, summaryShown));
        }
        return condition;
    }

    private static Condition match(String booleanMode, Field<?>... columns) {
        return DSL.condition("match ({0}) against ({1} in boolean mode)", DSL.list(columns), DSL.val(booleanMode));
    }

    /** No lower(): the columns' collation (utf8mb4_unicode_ci; MySQL's utf8mb4_0900_ai_ci) ignores case and accents. */
    private static Condition anyColumn(String text, @Nullable Condition summaryShown) {
        Condition inSummary = PROJECT.SUMMARY.contains(text);
        return DSL.or(PROJECT.CODE.contains(text), PROJECT.TITLE.contains(text),
                summaryShown == null ? inSummary : inSummary.and(summaryShown));
    }

    /**
     * The text as a boolean-mode query, every indexed word required as a prefix ({@code +gest* +salud*}), and
     * the words the query cannot check alone. Only letters, digits and "_" (InnoDB's word characters) reach the
     * query, so no input can add an operator to it.
     */
    record Query(String booleanMode, List<String> asWritten) {

        static Query of(String text) {
            List<String> terms = new ArrayList<>();
            List<String> asWritten = new ArrayList<>();
            for (String word : text.split("(?U)\\s+")) {
                word = trimmed(word);
                if (word.isEmpty()) {
                    continue;
                }
                List<String> parts = parts(word);
                List<String> indexed = parts.stream().filter(Query::indexed).toList();
                indexed.forEach(part -> terms.add("+" + part + "*"));
                boolean answeredByIndex = parts.size() == 1 && (indexed.size() == 1 || stopword(parts.getFirst()));
                if (!answeredByIndex) {
                    asWritten.add(word);
                }
            }
            return new Query(String.join(" ", terms), List.copyOf(asWritten));
        }

        /** Without the signs around a word: "salud," is searched as "salud". */
        private static String trimmed(String word) {
            int start = 0;
            int end = word.length();
            while (start < end && !wordCharacter(word.codePointAt(start))) {
                start += Character.charCount(word.codePointAt(start));
            }
            while (end > start && !wordCharacter(word.codePointBefore(end))) {
                end -= Character.charCount(word.codePointBefore(end));
            }
            return word.substring(start, end);
        }

        /** "MIN-SALUD-2026-014" has the parts MIN, SALUD, 2026 and 014, as InnoDB splits it. */
        private static List<String> parts(String word) {
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            word.codePoints().forEach(c -> {
                if (wordCharacter(c)) {
                    part.appendCodePoint(c);
                } else if (!part.isEmpty()) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
            });
            if (!part.isEmpty()) {
                parts.add(part.toString());
            }
            return parts;
        }

        private static boolean wordCharacter(int c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }

        private static boolean indexed(String part) {
            int length = part.codePointCount(0, part.length());
            return length >= SHORTEST_INDEXED && length <= LONGEST_INDEXED && !stopword(part);
        }

        private static boolean stopword(String part) {
            return STOPWORDS.contains(part.toLowerCase(Locale.ROOT));
        }
    }
}
