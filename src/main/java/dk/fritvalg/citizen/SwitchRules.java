package dk.fritvalg.citizen;

import dk.fritvalg.municipality.MunicipalitySettings;
import dk.fritvalg.municipality.SwitchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a switch of provider takes effect. The request's calendar date is taken in Danish time, so a
 * request at 00:30 on the 21st in Copenhagen is the 21st even though it is still the 20th in UTC.
 */
public final class SwitchRules {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private SwitchRules() {
    }

    /**
     * The first day the new provider delivers.
     * <ul>
     * <li>{@link SwitchRule#NOTICE_DAYS}: the request date plus the notice in days.</li>
     * <li>{@link SwitchRule#MONTHLY_CUTOFF}: requested on or before the cut-off day, the first of next month;
     * after it, the first of the month after. A cut-off beyond the month's last day means the last day.</li>
     * </ul>
     */
    public static LocalDate effectiveDate(MunicipalitySettings settings, Instant requestedAt) {
        LocalDate requested = requestedAt.atZone(DANISH_TIME).toLocalDate();
        SwitchRule rule = settings.switchRule() == null ? SwitchRule.NOTICE_DAYS : settings.switchRule();
        return switch (rule) {
            case NOTICE_DAYS -> requested.plusDays(Math.max(1, orDefault(settings.switchNoticeDays(), 14)));
            case MONTHLY_CUTOFF -> {
                int cutoff = Math.min(orDefault(settings.switchCutoffDay(), 20), requested.lengthOfMonth());
                LocalDate firstOfNext = requested.withDayOfMonth(1).plusMonths(1);
                yield requested.getDayOfMonth() <= cutoff ? firstOfNext : firstOfNext.plusMonths(1);
            }
        };
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
