package org.tablero.assessment.value;

import static org.tablero.db.Tables.VALUE_SETTING;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ValueSettingsRepository {

    static final String DISCOUNT_RATE = "discount-rate";
    static final String WEIGHT_ECONOMIC = "weight.economic";
    static final String WEIGHT_SOCIAL = "weight.social";
    static final String WEIGHT_STRATEGIC = "weight.strategic";
    static final String WEIGHT_ENVIRONMENTAL = "weight.environmental";

    private final DSLContext db;

    ValueSettingsRepository(DSLContext db) {
        this.db = db;
    }

    /** The settings; the migration installs every key, so none is missing. */
    ValueSettings read() {
        return toSettings(db.select(VALUE_SETTING.SETTING_KEY, VALUE_SETTING.SETTING_VALUE).from(VALUE_SETTING)
                .fetchMap(r -> r.value1(), r -> r.value2()));
    }

    /**
     * The settings as last committed, kept from changing until the end of the transaction: what a value
     * proposition is computed with while it is saved, so that a concurrent change of the settings (which
     * recomputes every value proposition) waits for the save, and the save never keeps figures of old settings.
     */
    ValueSettings readLocked() {
        return toSettings(db.select(VALUE_SETTING.SETTING_KEY, VALUE_SETTING.SETTING_VALUE).from(VALUE_SETTING)
                .forShare()
                .fetchMap(r -> r.value1(), r -> r.value2()));
    }

    private static ValueSettings toSettings(Map<String, String> values) {
        return new ValueSettings(decimal(values, DISCOUNT_RATE), new DimensionWeights(
                decimal(values, WEIGHT_ECONOMIC), decimal(values, WEIGHT_SOCIAL), decimal(values, WEIGHT_STRATEGIC),
                decimal(values, WEIGHT_ENVIRONMENTAL)));
    }

    void put(String key, BigDecimal value, long userId, Instant now) {
        int updated = db.update(VALUE_SETTING)
                .set(VALUE_SETTING.SETTING_VALUE, value.toPlainString())
                .set(VALUE_SETTING.UPDATED_AT, now)
                .set(VALUE_SETTING.UPDATED_BY, userId)
                .where(VALUE_SETTING.SETTING_KEY.eq(key))
                .execute();
        if (updated == 0) {
            db.insertInto(VALUE_SETTING)
                    .set(VALUE_SETTING.SETTING_KEY, key)
                    .set(VALUE_SETTING.SETTING_VALUE, value.toPlainString())
                    .set(VALUE_SETTING.UPDATED_AT, now)
                    .set(VALUE_SETTING.UPDATED_BY, userId)
                    .execute();
        }
    }

    private static BigDecimal decimal(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("The value setting " + key + " is missing from the database");
        }
        return new BigDecimal(value);
    }
}
