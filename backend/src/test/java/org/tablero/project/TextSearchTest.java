package org.tablero.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tablero.project.TextSearch.Query;

/** How a typed text becomes the boolean-mode query of the FULLTEXT index and the words checked as written. */
class TextSearchTest {

    @Test
    void every_word_is_required_as_the_beginning_of_a_word() {
        Query query = Query.of("Gestión  saúde, salud.");

        assertThat(query.booleanMode()).isEqualTo("+Gestión* +saúde* +salud*");
        assertThat(query.asWritten()).as("signs around a word are not part of it").isEmpty();
    }

    @Test
    void a_code_is_searched_by_its_parts_and_must_also_appear_as_written() {
        Query query = Query.of("RV-SEC-SAUDE-2026-014");

        assertThat(query.booleanMode()).as("RV is too short for the index").isEqualTo("+SEC* +SAUDE* +2026* +014*");
        assertThat(query.asWritten()).containsExactly("RV-SEC-SAUDE-2026-014");
    }

    @Test
    void words_the_index_does_not_hold_are_checked_as_written_and_stopwords_are_left_out() {
        Query query = Query.of("the red 5G " + "x".repeat(85));

        assertThat(query.booleanMode()).isEqualTo("+red*");
        assertThat(query.asWritten()).containsExactly("5G", "x".repeat(85));
    }

    @Test
    void a_text_without_any_word_for_the_index_has_no_boolean_query() {
        assertThat(Query.of("TI 5G").booleanMode()).isEmpty();
        assertThat(Query.of("the").booleanMode()).isEmpty();
        assertThat(Query.of("%").booleanMode()).isEmpty();
    }

    @Test
    void no_typed_sign_reaches_the_query_as_an_operator() {
        Query query = Query.of("+foo -bar \"x\" (y) *z ~w @3 <salud> salud* 'or' 1=1 -- \"gestión de\"");

        assertThat(query.booleanMode()).isEqualTo("+foo* +bar* +salud* +salud* +gestión*")
                .matches("(\\+[\\p{L}\\p{N}_]+\\*)( \\+[\\p{L}\\p{N}_]+\\*)*");
        assertThat(query.asWritten()).containsExactly("x", "y", "z", "w", "3", "1=1");
    }
}
