package org.tablero.project;

import static org.tablero.db.Tables.DEPLOYMENT_SETTING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tablero.audit.AuditTrail;
import org.tablero.common.Validation;
import org.tablero.config.TableroProperties;
import org.tablero.identity.CurrentUser;

/**
 * The lifecycle cost from which a project is strategic. The configuration gives the first value; an
 * administrator changes it at run time. A project's tier follows the threshold in force when its register
 * entry is saved; projects already registered keep theirs until they are edited.
 */
@Service
public class TierThreshold {

    static final String KEY = "strategic_threshold";
    private static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

    private final DSLContext db;
    private final AuditTrail audit;
    private final BigDecimal configured;

    TierThreshold(DSLContext db, AuditTrail audit, TableroProperties properties) {
        this.db = db;
        this.audit = audit;
        this.configured = properties.strategicThreshold();
    }

    @Transactional(readOnly = true)
    public BigDecimal current() {
        return db.select(DEPLOYMENT_SETTING.SETTING_VALUE).from(DEPLOYMENT_SETTING)
                .where(DEPLOYMENT_SETTING.SETTING_KEY.eq(KEY))
                .fetchOptional(r -> new BigDecimal(r.value1()))
                .orElse(configured);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public BigDecimal update(BigDecimal threshold) {
        new Validation().requirePresent("strategicThreshold", threshold)
                .check(threshold == null || threshold.signum() > 0 && threshold.scale() <= 2
                        && threshold.compareTo(MAX) <= 0, "strategicThreshold", "validation.threshold")
                .throwIfInvalid();
        BigDecimal before = current();
        Instant now = Instant.now();
        db.insertInto(DEPLOYMENT_SETTING)
                .set(DEPLOYMENT_SETTING.SETTING_KEY, KEY)
                .set(DEPLOYMENT_SETTING.SETTING_VALUE, threshold.toPlainString())
                .set(DEPLOYMENT_SETTING.UPDATED_AT, now)
                .set(DEPLOYMENT_SETTING.UPDATED_BY, CurrentUser.get().id())
                .onDuplicateKeyUpdate()
                .set(DEPLOYMENT_SETTING.SETTING_VALUE, threshold.toPlainString())
                .set(DEPLOYMENT_SETTING.UPDATED_AT, now)
                .set(DEPLOYMENT_SETTING.UPDATED_BY, CurrentUser.get().id())
                .execute();
        audit.record("DEPLOYMENT_SETTING", 0, "UPDATE", Map.of(KEY, before), Map.of(KEY, threshold));
        return threshold;
    }
}
