package dk.fritvalg.settlement;

import java.time.LocalDate;
import java.time.YearMonth;

/** The payment model of a service area for a period of whole months (validTo null: until a new model starts). */
public record PaymentModel(long id, long municipalityId, long serviceAreaId, PaymentTerms terms, LocalDate validFrom, LocalDate validTo) {

    public boolean validIn(YearMonth month) {
        return !validFrom.isAfter(month.atDay(1)) && (validTo == null || !validTo.isBefore(month.atEndOfMonth()));
    }
}
