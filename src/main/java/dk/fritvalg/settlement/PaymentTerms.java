package dk.fritvalg.settlement;

import dk.fritvalg.provider.SettlementUnit;

/**
 * A payment model's terms, without its period.
 *
 * @param basis                 activity: pay granted or delivered time
 * @param unit                  activity: per {@link SettlementUnit#HOUR} or per {@link SettlementUnit#VISIT}
 * @param lateCancellationRule  activity on granted time: visits the citizen cancelled before the deadline are not paid
 *                              (Favrskov: before 14:00 the day before)
 * @param deadlineHour          the deadline's hour, Danish time
 * @param deadlineDays          how many days before the visit
 * @param baseMinutesPerWeek    combination: minutes per week of a course paid as base (Kolding: 45)
 * @param bonusMinutes          combination: minutes paid when a course ends with its goal reached (Kolding: 120)
 */
public record PaymentTerms(PaymentModelKind kind, TimeBasis basis, SettlementUnit unit, boolean lateCancellationRule, int deadlineHour,
                           int deadlineDays, int baseMinutesPerWeek, int bonusMinutes) {

    /** Activity on granted time per hour, no cancellation rule. */
    public static PaymentTerms grantedTime() {
        return new PaymentTerms(PaymentModelKind.ACTIVITY, TimeBasis.GRANTED, SettlementUnit.HOUR, false, 14, 1, 0, 0);
    }

    /** Activity on delivered time per hour. */
    public static PaymentTerms deliveredTime() {
        return new PaymentTerms(PaymentModelKind.ACTIVITY, TimeBasis.DELIVERED, SettlementUnit.HOUR, false, 14, 1, 0, 0);
    }

    /** Favrskov: granted hours minus visits the citizen cancelled before 14:00 the day before. */
    public static PaymentTerms favrskov() {
        return new PaymentTerms(PaymentModelKind.ACTIVITY, TimeBasis.GRANTED, SettlementUnit.HOUR, true, 14, 1, 0, 0);
    }

    /** Result-based: the course price per course that ends with its goal reached. */
    public static PaymentTerms resultBased() {
        return new PaymentTerms(PaymentModelKind.RESULT, null, SettlementUnit.COURSE, false, 14, 1, 0, 0);
    }

    /** Kolding: 45 minutes per week of the course as base, 120 minutes bonus when it ends with its goal reached. */
    public static PaymentTerms kolding() {
        return new PaymentTerms(PaymentModelKind.COMBINATION, null, SettlementUnit.HOUR, false, 14, 1, 45, 120);
    }

    /** The same terms checked: a clear error for each thing that does not fit the kind. */
    PaymentTerms checked() {
        if (kind == null) {
            throw new dk.fritvalg.shared.BusinessException("settlement.model.error.kind");
        }
        switch (kind) {
            case ACTIVITY -> {
                if (basis == null) {
                    throw new dk.fritvalg.shared.BusinessException("settlement.model.error.basis");
                }
                if (unit != SettlementUnit.HOUR && unit != SettlementUnit.VISIT) {
                    throw new dk.fritvalg.shared.BusinessException("settlement.model.error.unit");
                }
                if (lateCancellationRule && basis != TimeBasis.GRANTED) {
                    throw new dk.fritvalg.shared.BusinessException("settlement.model.error.rule-needs-granted");
                }
                if (deadlineHour < 0 || deadlineHour > 23 || deadlineDays < 0 || deadlineDays > 14) {
                    throw new dk.fritvalg.shared.BusinessException("settlement.model.error.deadline");
                }
                return new PaymentTerms(kind, basis, unit, lateCancellationRule, deadlineHour, deadlineDays, 0, 0);
            }
            case RESULT -> {
                return new PaymentTerms(kind, null, SettlementUnit.COURSE, false, 14, 1, 0, 0);
            }
            case COMBINATION -> {
                if (baseMinutesPerWeek < 0 || baseMinutesPerWeek > 1000 || bonusMinutes < 0 || bonusMinutes > 10_000
                        || baseMinutesPerWeek + bonusMinutes == 0) {
                    throw new dk.fritvalg.shared.BusinessException("settlement.model.error.combination");
                }
                return new PaymentTerms(kind, null, SettlementUnit.HOUR, false, 14, 1, baseMinutesPerWeek, bonusMinutes);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** The terms in plain Danish, for the model page and the simulator. */
    public String danish() {
        return switch (kind) {
            case ACTIVITY -> (unit == SettlementUnit.VISIT ? "Pris pr. besøg" : "Timepris")
                    + (basis == TimeBasis.GRANTED ? " på visiteret tid" : " på leveret tid")
                    + (lateCancellationRule ? ", minus besøg borgeren aflyste før kl. " + String.format("%02d:00", deadlineHour)
                        + (deadlineDays == 1 ? " dagen før" : " " + deadlineDays + " dage før") : "");
            case RESULT -> "Forløbspris pr. forløb, der afsluttes med målet nået";
            case COMBINATION -> "Grundbetaling " + baseMinutesPerWeek + " min pr. forløbsuge + bonus " + bonusMinutes
                    + " min, når forløbet afsluttes med målet nået (timepris)";
        };
    }
}
