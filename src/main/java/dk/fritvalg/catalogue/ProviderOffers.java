package dk.fritvalg.catalogue;

import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.Postcodes;
import dk.fritvalg.shared.StaleVersionException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's own offers in its workspace: its administrator creates, edits, pauses, resumes and retires add-ons;
 * its order handlers may only look. A price change applies to new orders only: an order keeps the price it was placed
 * at (ordering copies it), so nothing here touches orders. A municipal provider's prices come from the municipality's
 * cost calculation (no profit, no below-cost price), so its administrator cannot type one: its new add-ons wait, paused,
 * for the municipality's price, and an edit must keep the price it has.
 */
@Service
public class ProviderOffers {

    static final long MAX_PRICE_ORE = 10_000_000;

    private final AddOnRepository addOns;
    private final ProviderService providers;
    private final AccessGuard accessGuard;
    private final Clock clock;

    ProviderOffers(AddOnRepository addOns, ProviderService providers, AccessGuard accessGuard, Clock clock) {
        this.addOns = addOns;
        this.providers = providers;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** The provider's add-ons, on sale first, then paused, then retired; each by name. */
    @Transactional(readOnly = true)
    public List<AddOn> offers(long providerId) {
        accessGuard.require(Permission.VIEW_PROVIDER_WORKSPACE, Target.provider(providerId));
        return addOns.findByProviderId(providerId).stream()
                .sorted(Comparator.comparing(AddOn::getStatus).thenComparing(AddOn::getName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Whether the provider's prices come from the municipality (a municipal provider): the price field is locked. */
    @Transactional(readOnly = true)
    public boolean priceLocked(long providerId) {
        return provider(providerId).getType() == ProviderType.MUNICIPAL;
    }

    /** A new add-on, on sale at once (a municipal provider's waits, paused, for the municipality's price). */
    @Transactional
    public long create(long providerId, AddOnOffer offer) {
        Access access = accessGuard.require(Permission.MANAGE_PROVIDER_OFFERS, Target.provider(providerId));
        Provider provider = provider(providerId);
        boolean municipal = provider.getType() == ProviderType.MUNICIPAL;
        AddOnOffer checked = municipal ? withPrice(offer, 0) : offer;
        validate(checked, municipal);
        AddOn addOn = new AddOn("ws-" + providerId + "-" + UUID.randomUUID().toString().substring(0, 8), providerId,
                provider.getMunicipalityId());
        addOn.update(checked, municipal, clock.instant());
        if (municipal) {
            addOn.setStatus(OfferStatus.PAUSED, clock.instant());
        }
        long id = addOns.save(addOn).getId();
        access.record(AuditEvent.OFFER_CREATED, checked.name(), checked.priceOre());
        return id;
    }

    /** Changes an add-on, if the administrator had the current version; the new price applies to new orders only. */
    @Transactional
    public void edit(long providerId, long addOnId, long expectedVersion, AddOnOffer offer) {
        Access access = accessGuard.require(Permission.MANAGE_PROVIDER_OFFERS, Target.provider(providerId));
        AddOn addOn = own(providerId, addOnId);
        if (addOn.getVersion() != expectedVersion) {
            throw new StaleVersionException(addOn.getVersion());
        }
        if (addOn.getStatus() == OfferStatus.RETIRED) {
            throw new BusinessException("offers.error.retired");
        }
        boolean municipal = priceLocked(providerId);
        if (municipal && offer.priceOre() != addOn.getPriceOre()) {
            throw new BusinessException("offers.error.municipal-price");
        }
        validate(offer, municipal);
        long oldPrice = addOn.getPriceOre();
        addOn.edit(offer, clock.instant());
        access.record(AuditEvent.OFFER_CHANGED, offer.name(), oldPrice, offer.priceOre());
    }

    /** Takes an add-on off sale for a while; orders already placed are delivered as agreed. */
    @Transactional
    public void pause(long providerId, long addOnId) {
        changeStatus(providerId, addOnId, OfferStatus.PAUSED);
    }

    /** Puts a paused add-on on sale again (a municipal provider's only once the municipality has priced it). */
    @Transactional
    public void resume(long providerId, long addOnId) {
        changeStatus(providerId, addOnId, OfferStatus.ACTIVE);
    }

    /** Retires an add-on for good; it can no longer be edited or put on sale. */
    @Transactional
    public void retire(long providerId, long addOnId) {
        changeStatus(providerId, addOnId, OfferStatus.RETIRED);
    }

    private void changeStatus(long providerId, long addOnId, OfferStatus status) {
        Access access = accessGuard.require(Permission.MANAGE_PROVIDER_OFFERS, Target.provider(providerId));
        AddOn addOn = own(providerId, addOnId);
        if (addOn.getStatus() == OfferStatus.RETIRED) {
            throw new BusinessException("offers.error.retired");
        }
        if (status == OfferStatus.ACTIVE && addOn.getPriceOre() <= 0) {
            throw new BusinessException("offers.error.no-price");
        }
        addOn.setStatus(status, clock.instant());
        access.record(AuditEvent.OFFER_STATUS_CHANGED, addOn.getName(), status.name());
    }

    private AddOn own(long providerId, long addOnId) {
        return addOns.findById(addOnId).filter(a -> a.getProviderId() == providerId)
                .orElseThrow(() -> accessGuard.deny(Permission.MANAGE_PROVIDER_OFFERS, "add-on " + addOnId));
    }

    private Provider provider(long providerId) {
        return providers.byId(providerId).orElseThrow(() -> accessGuard.deny(Permission.VIEW_PROVIDER_WORKSPACE, "provider " + providerId));
    }

    /** The rules of an offer, each with a Danish message for the field it is about. */
    static void validate(AddOnOffer offer, boolean municipal) {
        if (offer.name() == null || offer.name().isBlank() || offer.name().length() > 200) {
            throw new BusinessException("offers.error.name");
        }
        if (offer.category() == null) {
            throw new BusinessException("offers.error.category");
        }
        if (offer.description() != null && offer.description().length() > 2000) {
            throw new BusinessException("offers.error.description");
        }
        if (offer.durationMinutes() != null && (offer.durationMinutes() < 5 || offer.durationMinutes() > 1440)) {
            throw new BusinessException("offers.error.duration");
        }
        if (offer.unit() == null) {
            throw new BusinessException("offers.error.unit");
        }
        if (!municipal && (offer.priceOre() <= 0 || offer.priceOre() > MAX_PRICE_ORE)) {
            throw new BusinessException("offers.error.price");
        }
        if (offer.vatRatePercent() != 0 && offer.vatRatePercent() != 25) {
            throw new BusinessException("offers.error.vat");
        }
        if (offer.leadTimeDays() < 0 || offer.leadTimeDays() > 60) {
            throw new BusinessException("offers.error.lead-time");
        }
        if (offer.weekdays() == null || offer.weekdays().isEmpty()) {
            throw new BusinessException("offers.error.weekdays");
        }
        if (offer.timeWindows() == null || offer.timeWindows().isEmpty()) {
            throw new BusinessException("offers.error.windows");
        }
        if (offer.postcodes() == null || offer.postcodes().isEmpty() || offer.postcodes().stream().anyMatch(p -> !Postcodes.isValid(p))) {
            throw new BusinessException("offers.error.postcodes");
        }
        if (offer.capacityPerSlot() != null && (offer.capacityPerSlot() < 1 || offer.capacityPerSlot() > 100)) {
            throw new BusinessException("offers.error.capacity");
        }
    }

    private static AddOnOffer withPrice(AddOnOffer o, long priceOre) {
        return new AddOnOffer(o.name(), o.category(), o.description(), o.durationMinutes(), o.unit(), priceOre, o.vatRatePercent(),
                o.leadTimeDays(), o.weekdays(), o.timeWindows(), o.recurring(), o.eligibility(), o.capacityPerSlot(), o.postcodes());
    }
}
