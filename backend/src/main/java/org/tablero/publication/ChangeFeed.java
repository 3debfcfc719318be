package org.tablero.publication;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The Atom feed of public changes: submissions and other lifecycle steps, review verdicts, ratings and progress
 * reports, newest first. Built from the public records only, so it carries nothing the public may not see.
 */
@Component
class ChangeFeed {

    static final int ENTRIES_PER_KIND = 50;

    private record Change(String id, String projectCode, String title, String text, Instant at) {}

    private final PublicPortfolio portfolio;

    ChangeFeed(PublicPortfolio portfolio) {
        this.portfolio = portfolio;
    }

    String atom(String apiBase) {
        List<Change> changes = new ArrayList<>();
        for (PublicLifecycleStep step : newest(PublicDataset.LIFECYCLE_STEPS, "takenAt")) {
            changes.add(new Change("lifecycle-step/" + step.id(), step.projectCode(),
                    step.projectCode() + ": " + step.action() + " (" + step.fromStatus() + " → " + step.toStatus() + ")",
                    step.rationale() == null ? "" : step.rationale(), step.takenAt()));
        }
        for (PublicDecision decision : newest(PublicDataset.DECISIONS, "givenAt")) {
            changes.add(new Change("decision/" + decision.id(), decision.projectCode(),
                    decision.projectCode() + ": " + decision.verdict() + " on " + decision.aspect() + " by "
                            + decision.reviewerRole() + " (" + decision.reviewerOrganisationName() + "), round "
                            + decision.round(), decision.rationale(), decision.givenAt()));
        }
        for (PublicRating rating : newest(PublicDataset.RATINGS, "ratedAt")) {
            changes.add(new Change("rating/" + rating.id(), rating.projectCode(),
                    rating.projectCode() + ": risk rating " + rating.rating() + " of 5", rating.comment(),
                    rating.ratedAt()));
        }
        for (PublicProgressReport report : newest(PublicDataset.PROGRESS_REPORTS, "submittedAt")) {
            if (report.submittedAt() != null) {
                changes.add(new Change("progress-report/" + report.id(), report.projectCode(),
                        report.projectCode() + ": progress report " + report.period() + " version " + report.version()
                                + ", " + report.percentComplete().toPlainString() + " % complete",
                        "Cost " + report.costColour() + ", schedule " + report.scheduleColour() + ", confidence "
                                + report.confidence(), report.submittedAt()));
            }
        }
        changes.sort(Comparator.comparing(Change::at).reversed());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("Tablero: changes in the public portfolio of digital investments");
        feed.setUri(apiBase + "/feed.atom");
        feed.setLinks(List.of(link(apiBase + "/feed.atom", "self"), link(apiBase + "/projects", "alternate")));
        feed.setAuthor("Tablero");
        feed.setCopyright("CC BY 4.0 " + OpenData.LICENCE_URL);
        feed.setPublishedDate(Date.from(changes.isEmpty() ? Instant.EPOCH : changes.getFirst().at()));
        feed.setEntries(changes.stream().limit(ENTRIES_PER_KIND * 2L).map(change -> entry(apiBase, change)).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> newest(PublicDataset<T> dataset, String sort) {
        return portfolio.list(dataset, new DatasetQuery(null, null, sort, false), 0, ENTRIES_PER_KIND).items();
    }

    private static SyndEntry entry(String apiBase, Change change) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(apiBase + "/" + change.id());
        entry.setTitle(change.title());
        entry.setLink(apiBase + "/projects/" + change.projectCode());
        entry.setUpdatedDate(Date.from(change.at()));
        entry.setPublishedDate(Date.from(change.at()));
        SyndContent text = new SyndContentImpl();
        text.setType("text");
        text.setValue(change.text());
        entry.setDescription(text);
        return entry;
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        return link;
    }
}
