package org.tablero.approval;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tablero.common.Formats;
import org.tablero.common.Labels;

/** The project's rounds, verdicts, decisions and steps in the order they happened, each with its rationale. */
public class Timeline extends Composite<Div> {

    private record Entry(Instant at, Div content) {}

    public Timeline(List<ReviewRound> rounds, List<LifecycleStep> steps) {
        List<Entry> entries = new ArrayList<>();
        for (LifecycleStep step : steps) {
            entries.add(new Entry(step.takenAt(), entry(getTranslation("timeline.step." + step.action()),
                    step.actorName(), step.takenAt(), step.rationale(),
                    getTranslation("timeline.moved", Labels.of(step.from()), Labels.of(step.to())))));
        }
        for (ReviewRound round : rounds) {
            for (Review review : round.reviews()) {
                Div content = entry(getTranslation("timeline.verdict", round.number(), Labels.of(review.aspect())),
                        review.reviewerName(), review.givenAt(), review.rationale(), Labels.of(review.verdict()));
                content.addClassName("verdict-" + review.verdict().name().toLowerCase().replace('_', '-'));
                entries.add(new Entry(review.givenAt(), content));
            }
            if (round.closedAt() != null) {
                entries.add(new Entry(round.closedAt(), entry(getTranslation("timeline.round-closed", round.number()),
                        null, round.closedAt(), null, Labels.of(round.outcome()))));
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        Div list = getContent();
        list.addClassName("timeline");
        list.add(new H3(getTranslation("timeline.heading")));
        if (entries.isEmpty()) {
            list.add(new Paragraph(getTranslation("timeline.empty")));
        }
        entries.forEach(entry -> list.add(entry.content()));
    }

    private Div entry(String title, String who, Instant at, String rationale, String outcome) {
        Span heading = new Span(title);
        heading.addClassName("timeline-title");
        Span result = new Span(outcome);
        result.addClassName("timeline-outcome");
        Span meta = new Span((who == null ? "" : who + " · ") + Formats.dateTime(at, getLocale()));
        meta.addClassName("timeline-meta");
        Div entry = new Div(heading, result, meta);
        if (rationale != null && !rationale.isBlank()) {
            Paragraph text = new Paragraph(rationale);
            text.addClassName("timeline-rationale");
            entry.add(text);
        }
        entry.addClassName("timeline-entry");
        return entry;
    }
}
