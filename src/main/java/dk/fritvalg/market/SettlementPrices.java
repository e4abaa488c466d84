package dk.fritvalg.market;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.ProviderAgreement;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: settlement prices, what the municipality pays a provider per unit of help.
 *
 * <p>Each municipality keeps, per service area and unit, a history of prices with validity periods. Under the
 * approval model every provider gets the municipality's price; a tender agreement carries its own awarded price,
 * which then wins for that provider. Prices are public information (municipalities publish them), so reading needs
 * no login and may be done by jobs; setting a price is the procurement office's job.
 *
 * <p>Rules: a new price starts on a date and ends the one before it the day before; it may not start in a month
 * that has already passed, so a settled month never changes; every change is in the audit trail with the old and
 * the new price and the reason.
 */
@Service
public class SettlementPrices {

    private static final Locale DANISH = Locale.of("da", "DK");

    private final PriceEntryRepository entries;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final AccessGuard accessGuard;
    private final Clock clock;

    SettlementPrices(PriceEntryRepository entries, MunicipalityService municipalities, ProviderService providers,
                     AccessGuard accessGuard, Clock clock) {
        this.entries = entries;
        this.municipalities = municipalities;
        this.providers = providers;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** Every price of the municipality, by service area, unit and start date. */
    @Transactional(readOnly = true)
    public List<SettlementPrice> ofMunicipality(long municipalityId) {
        return entries.findByMunicipalityIdOrderByServiceAreaIdAscUnitAscValidFromAsc(municipalityId).stream()
                .map(PriceEntry::toPrice).toList();
    }

    /** The price history of one service area and unit, oldest first. */
    @Transactional(readOnly = true)
    public List<SettlementPrice> history(long serviceAreaId, SettlementUnit unit) {
        return entries.findByServiceAreaIdAndUnitOrderByValidFrom(serviceAreaId, unit).stream().map(PriceEntry::toPrice).toList();
    }

    /** The municipality's price for the service area and unit on a date. */
    @Transactional(readOnly = true)
    public Optional<SettlementPrice> validOn(long serviceAreaId, SettlementUnit unit, LocalDate date) {
        return entries.findByServiceAreaIdAndUnitOrderByValidFrom(serviceAreaId, unit).stream()
                .filter(e -> e.isValidOn(date)).findFirst().map(PriceEntry::toPrice);
    }

    /**
     * What the municipality pays this provider per unit in the service area on a date: the awarded price of the
     * provider's tender agreement valid that day when it carries one in this unit, else the municipality's price.
     * The span returned is how long that source stays valid.
     */
    @Transactional(readOnly = true)
    public Optional<AppliedPrice> priceFor(long providerId, long serviceAreaId, SettlementUnit unit, LocalDate date) {
        List<AppliedPrice> day = pricesBetween(providerId, serviceAreaId, unit, date, date);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        AppliedPrice price = day.getFirst();
        return Optional.of(switch (price.source()) {
            case AWARDED_PRICE -> providers.agreements(providerId).stream().filter(a -> a.getId() == price.sourceId()).findFirst()
                    .map(a -> new AppliedPrice(price.priceOre(), unit, a.getValidFrom(), a.getValidTo(), price.source(), price.sourceId()))
                    .orElse(price);
            case MUNICIPAL_PRICE -> entries.findById(price.sourceId())
                    .map(e -> new AppliedPrice(price.priceOre(), unit, e.getValidFrom(), e.getValidTo(), price.source(), price.sourceId()))
                    .orElse(price);
        });
    }

    /**
     * The prices in force for the provider, day by day from {@code from} to {@code to} (both included), as
     * consecutive spans clipped to that period; days without any price are left out. For a month's settlement:
     * a price change in the middle of the month gives two spans.
     */
    @Transactional(readOnly = true)
    public List<AppliedPrice> pricesBetween(long providerId, long serviceAreaId, SettlementUnit unit, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        List<ProviderAgreement> awarded = providers.agreements(providerId).stream()
                .filter(a -> a.getServiceAreaId() == serviceAreaId && a.getPriceOre() != null && a.getPriceUnit() == unit)
                .sorted(Comparator.comparing(ProviderAgreement::getValidFrom).reversed())
                .toList();
        List<PriceEntry> prices = entries.findByServiceAreaIdAndUnitOrderByValidFrom(serviceAreaId, unit);
        List<AppliedPrice> spans = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            AppliedPrice today = awarded.stream().filter(a -> a.isValidOn(d)).findFirst()
                    .map(a -> new AppliedPrice(a.getPriceOre(), unit, d, d, AppliedPrice.Source.AWARDED_PRICE, a.getId()))
                    .or(() -> prices.stream().filter(e -> e.isValidOn(d)).findFirst()
                            .map(e -> new AppliedPrice(e.getPriceOre(), unit, d, d, AppliedPrice.Source.MUNICIPAL_PRICE, e.getId())))
                    .orElse(null);
            if (today == null) {
                continue;
            }
            AppliedPrice last = spans.isEmpty() ? null : spans.getLast();
            if (last != null && last.source() == today.source() && last.sourceId() == today.sourceId() && last.to().plusDays(1).equals(d)) {
                spans.set(spans.size() - 1, new AppliedPrice(last.priceOre(), unit, last.from(), d, last.source(), last.sourceId()));
            } else {
                spans.add(today);
            }
        }
        return List.copyOf(spans);
    }

    /**
     * Sets the municipality's price for a service area and unit from a date; the price before it ends the day
     * before. The same start date again corrects that price. Refused for a date in a month that has passed, when a
     * later price is already planned, without a reason, or for another municipality's service area.
     */
    @Transactional
    public SettlementPrice setPrice(long serviceAreaId, SettlementUnit unit, long priceOre, LocalDate from, String reason) {
        ServiceArea area = municipalities.serviceArea(serviceAreaId).orElseThrow(() -> new BusinessException("market.error.no-area"));
        Access access = accessGuard.require(Permission.MANAGE_SETTLEMENT_PRICES, Target.municipality(area.getMunicipalityId()));
        Objects.requireNonNull(unit, "unit");
        if (priceOre < 0) {
            throw new BusinessException("market.price.error.negative");
        }
        if (from == null) {
            throw new BusinessException("market.price.error.no-date");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("market.error.reason-required");
        }
        if (why.length() > 500) {
            throw new BusinessException("market.error.reason-too-long", 500);
        }
        LocalDate firstOfThisMonth = LocalDate.now(clock.withZone(TimeConfiguration.DANISH_TIME)).withDayOfMonth(1);
        if (from.isBefore(firstOfThisMonth)) {
            throw new BusinessException("market.price.error.past-month", firstOfThisMonth);
        }
        List<PriceEntry> history = entries.findByServiceAreaIdAndUnitOrderByValidFrom(serviceAreaId, unit);
        Optional<PriceEntry> later = history.stream().filter(e -> e.getValidFrom().isAfter(from)).findFirst();
        if (later.isPresent()) {
            throw new BusinessException("market.price.error.later-price", later.get().getValidFrom());
        }
        Long userId = access.user().id();
        Optional<PriceEntry> sameStart = history.stream().filter(e -> e.getValidFrom().equals(from)).findFirst();
        Optional<PriceEntry> covering = history.stream().filter(e -> e.getValidFrom().isBefore(from) && e.isValidOn(from)).findFirst();
        Long oldPrice = sameStart.or(() -> covering).map(PriceEntry::getPriceOre).orElse(null);
        PriceEntry saved;
        try {
            if (sameStart.isPresent()) {
                sameStart.get().correct(priceOre, why, userId, clock.instant());
                saved = entries.saveAndFlush(sameStart.get());
            } else {
                LocalDate until = covering.map(PriceEntry::getValidTo).orElse(null);
                covering.ifPresent(e -> {
                    e.endOn(from.minusDays(1));
                    entries.saveAndFlush(e);
                });
                saved = entries.saveAndFlush(new PriceEntry(area.getMunicipalityId(), serviceAreaId, unit, priceOre, from, until, why, userId,
                        clock.instant()));
            }
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            throw new BusinessException("market.error.changed-meanwhile");
        }
        access.record(AuditEvent.SETTLEMENT_PRICE_SET, area.getName(), unit.name(),
                oldPrice == null ? "–" : Formats.kroner(oldPrice, DANISH), Formats.kroner(priceOre, DANISH), from, why);
        return saved.toPrice();
    }

    /** One new price of a year's publication: the service area, the unit and the price in øre. */
    public record NewPrice(long serviceAreaId, SettlementUnit unit, long priceOre) {
    }

    /**
     * Publishes a new year's prices (or any set of prices) from one date in one transaction: every price under the
     * rules of {@link #setPrice}, so none starts in a month that has passed; if one is refused, none is published.
     */
    @Transactional
    public List<SettlementPrice> publish(List<NewPrice> prices, LocalDate from, String reason) {
        if (prices == null || prices.isEmpty()) {
            throw new BusinessException("market.price.error.none");
        }
        List<SettlementPrice> published = new ArrayList<>();
        for (NewPrice price : prices) {
            published.add(setPrice(price.serviceAreaId(), price.unit(), price.priceOre(), from, reason));
        }
        return List.copyOf(published);
    }
}
