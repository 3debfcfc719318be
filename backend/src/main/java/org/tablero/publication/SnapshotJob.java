package org.tablero.publication;

import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (00:15 by default) makes the snapshot of the last ended quarter if it has none: on the first night
 * of a quarter normally, or on the first night the application runs after that. One instance at a time.
 */
@Component
class SnapshotJob {

    private final Snapshots snapshots;

    SnapshotJob(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(cron = "${tablero.public-api.snapshot-cron:0 15 0 * * *}")
    @SchedulerLock(name = "quarterly-open-data-snapshot", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    void snapshotLastQuarter() {
        snapshots.createIfAbsent(Quarter.lastEndedBy(LocalDate.now()));
    }
}
