package dk.fritvalg.market;

import java.time.LocalDate;

/**
 * A suspension as pages show it; {@code reinstatedOn} is empty while it lasts, and {@code pending} is true while a
 * suspension decided for a later date has not yet taken effect.
 */
public record Suspension(long id, long providerId, LocalDate from, LocalDate expectedUntil, String reason, LocalDate reinstatedOn,
                         String reinstatementReason, boolean pending) {
}
