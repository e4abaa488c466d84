package dk.fritvalg.ordering;

import dk.fritvalg.catalogue.AddOn;
import dk.fritvalg.catalogue.AddOnCategory;
import dk.fritvalg.catalogue.AddOnOffer;
import dk.fritvalg.catalogue.AddOnSearch;
import dk.fritvalg.catalogue.AddOnUnit;
import dk.fritvalg.catalogue.CatalogueService;
import dk.fritvalg.catalogue.Eligibility;
import dk.fritvalg.catalogue.PackageDetails;
import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.Citizen;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.payment.PaymentCompleted;
import dk.fritvalg.payment.PaymentExpired;
import dk.fritvalg.payment.PaymentInfo;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.payment.PaymentService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.AuditTrail;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Relation;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's side of ordering add-ons: cart, schedule, checkout, payment, orders and cancellations.
 * A citizen acts for themself; a relative needs a power of attorney to act (ACT), staff and providers
 * cannot order. The tenant check is the citizen module's ({@link CitizenService#overview}).
 */
@Service
public class OrderingService {

    /** How many visits a recurring series books ahead: about three months. */
    static final Map<Recurrence, Integer> SERIES_LENGTH = Map.of(Recurrence.WEEKLY, 12, Recurrence.BIWEEKLY, 6, Recurrence.MONTHLY, 3);

    /** One line of the cart with its current price. */
    public record CartLine(long id, Long addOnId, Long packageId, String name, int quantity, long unitPriceOre,
                           AddOnUnit unit) {
        public long totalOre() {
            return unitPriceOre * quantity;
        }
    }

    public record Cart(long citizenId, Long providerId, List<CartLine> lines) {
        public long totalOre() {
            return lines.stream().mapToLong(CartLine::totalOre).sum();
        }

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /** The citizen's choice at checkout. {@code recurrence} null means one visit. */
    public record CheckoutRequest(LocalDate date, TimeWindow window, Recurrence recurrence, PaymentMethod method) {
    }

    /** An order with everything a page shows about it. */
    public record OrderDetails(AddOnOrder order, List<OrderLine> lines, List<Occurrence> occurrences, String providerName,
                               Optional<PaymentInfo> payment) {
        public String what() {
            return OrderMails.what(lines);
        }
    }

    /** What cancelling a visit now costs. */
    public record CancellationTerms(boolean free, long chargeOre, ZonedDateTime deadline) {
    }

    /** What cancelling several visits costs: how many, and the charge for those past the deadline. */
    public record CancellationSummary(int visits, long chargeOre) {
    }

    private final CartItemRepository cart;
    private final AddOnOrderRepository orders;
    private final OrderLineRepository lines;
    private final OccurrenceRepository occurrences;
    private final SlotBooking slots;
    private final CatalogueService catalogue;
    private final CitizenService citizens;
    private final ProviderService providers;
    private final PaymentService payments;
    private final UserAccountService users;
    private final OrderMails mails;
    private final AccessGuard accessGuard;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final int bookingHorizonDays;

    OrderingService(CartItemRepository cart, AddOnOrderRepository orders, OrderLineRepository lines,
                    OccurrenceRepository occurrences, SlotBooking slots, CatalogueService catalogue,
                    CitizenService citizens, ProviderService providers, PaymentService payments,
                    UserAccountService users, OrderMails mails, AccessGuard accessGuard, AuditTrail auditTrail, Clock clock,
                    @Value("${fritvalg.ordering.booking-horizon-days:365}") int bookingHorizonDays) {
        this.bookingHorizonDays = bookingHorizonDays;
        this.cart = cart;
        this.orders = orders;
        this.lines = lines;
        this.occurrences = occurrences;
        this.slots = slots;
        this.catalogue = catalogue;
        this.citizens = citizens;
        this.providers = providers;
        this.payments = payments;
        this.users = users;
        this.mails = mails;
        this.accessGuard = accessGuard;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    // --- cart ---

    @Transactional(readOnly = true)
    public Cart cart(long citizenId) {
        requireView(citizenId);
        return loadCart(citizenId);
    }

    /** Puts an add-on in the cart, after checking the citizen may buy it. Returns the cart. */
    @Transactional
    public Cart addAddOn(long citizenId, long addOnId, int quantity) {
        requireAct(citizenId);
        CitizenService.Overview overview = citizens.overview(citizenId);
        AddOn addOn = catalogue.addOn(addOnId).filter(AddOn::isActive)
                .orElseThrow(() -> new BusinessException("ordering.not-available"));
        checkMayBuy(overview, addOn);
        return add(citizenId, addOn.getProviderId(), addOnId, null, quantity, addOn.getName());
    }

    @Transactional
    public Cart addPackage(long citizenId, long packageId, int quantity) {
        requireAct(citizenId);
        CitizenService.Overview overview = citizens.overview(citizenId);
        PackageDetails details = catalogue.addOnPackage(packageId).filter(p -> p.addOnPackage().isActive())
                .orElseThrow(() -> new BusinessException("ordering.not-available"));
        if (!Objects.equals(details.addOnPackage().getMunicipalityId(), overview.citizen().getMunicipalityId())) {
            throw accessGuard.deny(Permission.ORDER_ADD_ONS, "package " + packageId);
        }
        details.items().forEach(item -> checkMayBuy(overview, item.addOn()));
        return add(citizenId, details.addOnPackage().getProviderId(), null, packageId, quantity, details.addOnPackage().getName());
    }

    private Cart add(long citizenId, long providerId, Long addOnId, Long packageId, int quantity, String name) {
        if (quantity < 1 || quantity > 20) {
            throw new BusinessException("ordering.quantity");
        }
        List<CartItem> items = cart.findByCitizenIdOrderById(citizenId);
        if (items.stream().anyMatch(i -> i.getProviderId() != providerId)) {
            throw new BusinessException("ordering.cart-other-provider");
        }
        // The cart is delivered in one visit: never let in what cannot come on a day and time the rest can.
        List<CartItem> together = new ArrayList<>(items);
        together.add(new CartItem(citizenId, providerId, addOnId, packageId, quantity, clock.instant()));
        if (!options(together).bookable()) {
            throw new BusinessException(items.isEmpty() ? "ordering.never-bookable" : "ordering.not-together", name);
        }
        items.stream().filter(i -> Objects.equals(i.getAddOnId(), addOnId) && Objects.equals(i.getPackageId(), packageId))
                .findFirst()
                .ifPresentOrElse(i -> i.setQuantity(Math.min(20, i.getQuantity() + quantity)),
                        () -> cart.save(new CartItem(citizenId, providerId, addOnId, packageId, quantity, clock.instant())));
        return loadCart(citizenId);
    }

    @Transactional
    public Cart removeFromCart(long citizenId, long cartItemId) {
        requireAct(citizenId);
        cart.findById(cartItemId).filter(i -> i.getCitizenId() == citizenId).ifPresent(cart::delete);
        return loadCart(citizenId);
    }

    private Cart loadCart(long citizenId) {
        List<CartItem> items = cart.findByCitizenIdOrderById(citizenId);
        List<CartLine> cartLines = items.stream().map(i -> {
            if (i.getAddOnId() != null) {
                AddOn a = catalogue.addOn(i.getAddOnId()).orElseThrow();
                return new CartLine(i.getId(), a.getId(), null, a.getName(), i.getQuantity(), a.getPriceOre(), a.getUnit());
            }
            PackageDetails p = catalogue.addOnPackage(i.getPackageId()).orElseThrow();
            return new CartLine(i.getId(), null, p.addOnPackage().getId(), p.addOnPackage().getName(), i.getQuantity(),
                    p.addOnPackage().getPriceOre(), AddOnUnit.PER_ITEM);
        }).toList();
        return new Cart(citizenId, items.isEmpty() ? null : items.getFirst().getProviderId(), cartLines);
    }

    private void checkMayBuy(CitizenService.Overview overview, AddOn addOn) {
        Citizen citizen = overview.citizen();
        if (!Objects.equals(addOn.getMunicipalityId(), citizen.getMunicipalityId())) {
            throw accessGuard.deny(Permission.ORDER_ADD_ONS, "add-on " + addOn.getId());
        }
        AddOnOffer offer = addOn.offer();
        if (!eligibility(overview).contains(offer.eligibility())) {
            throw new BusinessException(offer.eligibility() == Eligibility.GRANT_HOLDERS ? "ordering.needs-grant"
                    : "ordering.needs-nursing-home", addOn.getName());
        }
        if (!comesTo(citizen, addOn)) {
            throw new BusinessException("ordering.not-in-postcode", addOn.getName(), citizen.getPostcode());
        }
    }

    /** Who the citizen is for the add-ons' "who can buy": anyone, a grant holder, a nursing-home resident. */
    private Set<Eligibility> eligibility(CitizenService.Overview overview) {
        Set<Eligibility> result = EnumSet.of(Eligibility.ANY);
        LocalDate today = LocalDate.now(clock);
        if (overview.grants().stream().anyMatch(g -> g.getValidTo() == null || !g.getValidTo().isBefore(today))) {
            result.add(Eligibility.GRANT_HOLDERS);
        }
        if (overview.citizen().isNursingHomeResident()) {
            result.add(Eligibility.NURSING_HOME_RESIDENTS);
        }
        return result;
    }

    private boolean comesTo(Citizen citizen, AddOn addOn) {
        Set<String> postcodes = addOn.offer().postcodes().isEmpty()
                ? providers.byId(addOn.getProviderId()).map(p -> p.profile().postcodes()).orElse(Set.of())
                : addOn.offer().postcodes();
        return postcodes.isEmpty() || postcodes.contains(citizen.getPostcode());
    }

    // --- what the citizen is offered ---

    /**
     * The catalogue search for a citizen: her municipality and postcode, and only what she may buy.
     * What she may not buy (for nursing-home residents, say, when she lives at home) is left out rather
     * than shown with a note: an 85-year-old reading a long list is best served by one that holds only
     * what she can order, with no dead ends to open and be turned away from. The product page still
     * says who may buy, for anyone who follows a link to it.
     */
    @Transactional(readOnly = true)
    public AddOnSearch catalogueSearch(long citizenId, AddOnCategory category, Long providerId, Long maxPriceOre, DayOfWeek weekday) {
        CitizenService.Overview overview = citizens.overview(citizenId);
        Citizen citizen = overview.citizen();
        return new AddOnSearch(citizen.getMunicipalityId(), category, providerId, maxPriceOre, weekday, citizen.getPostcode(),
                eligibility(overview));
    }

    /** The packages a citizen may buy and book: in her municipality and postcode, for her, and deliverable in one visit. */
    @Transactional(readOnly = true)
    public List<PackageDetails> packagesFor(long citizenId) {
        CitizenService.Overview overview = citizens.overview(citizenId);
        Set<Eligibility> eligible = eligibility(overview);
        return catalogue.packageDetailsInMunicipality(overview.citizen().getMunicipalityId()).stream()
                .filter(PackageDetails::bookable)
                .filter(p -> p.items().stream().allMatch(i -> eligible.contains(i.addOn().offer().eligibility())
                        && comesTo(overview.citizen(), i.addOn())))
                .toList();
    }

    /** Why a citizen may not buy an add-on (the message putting it in the cart would give), or empty when she may. */
    @Transactional(readOnly = true)
    public Optional<BusinessException> refusal(long citizenId, long addOnId) {
        CitizenService.Overview overview = citizens.overview(citizenId);
        AddOn addOn = catalogue.addOn(addOnId).orElseThrow();
        try {
            checkMayBuy(overview, addOn);
            return Optional.empty();
        } catch (BusinessException e) {
            return Optional.of(e);
        }
    }

    // --- schedule and checkout ---

    /** The days, windows and repeats every add-on in the cart allows, and the provider's cancellation terms. */
    @Transactional(readOnly = true)
    public ScheduleOptions scheduleOptions(long citizenId) {
        requireView(citizenId);
        return options(cart.findByCitizenIdOrderById(citizenId));
    }

    private ScheduleOptions options(List<CartItem> items) {
        if (items.isEmpty()) {
            throw new BusinessException("ordering.cart-empty");
        }
        List<AddOnOffer> offers = addOnsOf(items).keySet().stream().map(AddOn::offer).toList();
        Set<Recurrence> recurrences = EnumSet.allOf(Recurrence.class);
        // At least a day's notice whatever the catalogue says: the provider must have time to accept.
        int leadDays = 1;
        for (AddOnOffer offer : offers) {
            recurrences.retainAll(offer.recurring());
            leadDays = Math.max(leadDays, offer.leadTimeDays());
        }
        if (items.stream().anyMatch(i -> i.getPackageId() != null)) {
            recurrences.clear();
        }
        Provider provider = providers.byId(items.getFirst().getProviderId()).orElseThrow();
        return ScheduleOptions.of(ZonedDateTime.now(clock), leadDays, AddOnOffer.commonWeekdays(offers),
                AddOnOffer.commonWindows(offers), recurrences, provider.profile().cancellationDeadlineHour(),
                payments.cardPaymentAvailable(), provider.getName());
    }

    /**
     * Places left on a date and window for the capacity-limited add-ons in the cart: the fewest of
     * them, or empty when nothing in the cart is limited. Only a hint; booking decides.
     */
    @Transactional(readOnly = true)
    public OptionalInt freePlaces(long citizenId, LocalDate date, TimeWindow window) {
        requireView(citizenId);
        return addOnsOf(cart.findByCitizenIdOrderById(citizenId)).entrySet().stream()
                .filter(e -> e.getKey().offer().capacityPerSlot() != null)
                .mapToInt(e -> slots.free(e.getKey().getId(), date, window.start(), e.getKey().offer().capacityPerSlot()) / e.getValue())
                .min();
    }

    /** The add-ons behind the cart with the capacity places each visit takes of them. */
    private Map<AddOn, Integer> addOnsOf(List<CartItem> items) {
        Map<AddOn, Integer> result = new LinkedHashMap<>();
        for (CartItem item : items) {
            if (item.getAddOnId() != null) {
                AddOn addOn = catalogue.addOn(item.getAddOnId()).orElseThrow();
                result.merge(addOn, places(addOn, item.getQuantity()), Integer::sum);
            } else {
                for (PackageDetails.Item part : catalogue.addOnPackage(item.getPackageId()).orElseThrow().items()) {
                    result.merge(part.addOn(), places(part.addOn(), part.quantity() * item.getQuantity()), Integer::sum);
                }
            }
        }
        return result;
    }

    /** Items take a place each; a visit or hours take one place (one helper). */
    static int places(AddOn addOn, int quantity) {
        return addOn.getUnit() == AddOnUnit.PER_ITEM ? quantity : 1;
    }

    /**
     * Places the order for the cart: the visits are booked (capacity in the database), the payment is
     * recorded and the cart emptied, all in one transaction. An invoice order goes straight to the
     * provider with a receipt; a card order waits for Stripe ({@link #cardCheckoutUrl}).
     */
    @Transactional
    public long checkout(long citizenId, CheckoutRequest request) {
        Access access = requireAct(citizenId);
        CitizenService.Overview overview = citizens.overview(citizenId);
        PortalUser user = access.user();
        // Locked: of two checkouts of the same cart at once (two tabs, a double click, citizen and relative), the
        // second waits for the first and then finds the cart ordered.
        List<CartItem> items = cart.lockByCitizenId(citizenId);
        if (items.isEmpty()) {
            throw new BusinessException("ordering.already-ordered");
        }
        ScheduleOptions options = options(items);
        validate(request, options);
        Map<AddOn, Integer> addOns = addOnsOf(items);
        addOns.keySet().forEach(a -> checkMayBuy(overview, a));

        Citizen citizen = overview.citizen();
        long price = 0;
        long vat = 0;
        List<OrderLine> newLines = new ArrayList<>();
        for (CartItem item : items) {
            if (item.getAddOnId() != null) {
                AddOn a = catalogue.addOn(item.getAddOnId()).orElseThrow();
                long total = a.getPriceOre() * item.getQuantity();
                price += total;
                vat += vatOf(total, a.offer().vatRatePercent());
                newLines.add(new OrderLine(0, a.getId(), null, a.getName(), item.getQuantity(), a.getPriceOre(), a.offer().vatRatePercent()));
            } else {
                PackageDetails p = catalogue.addOnPackage(item.getPackageId()).orElseThrow();
                long total = p.addOnPackage().getPriceOre() * item.getQuantity();
                price += total;
                // VAT of a package: its price shared out over its parts in proportion to their own prices.
                long separate = Math.max(1, p.separatePriceOre());
                int mainRate = 0;
                for (PackageDetails.Item part : p.items()) {
                    vat += vatOf(total * part.priceOre() / separate, part.addOn().offer().vatRatePercent());
                    mainRate = Math.max(mainRate, part.addOn().offer().vatRatePercent());
                }
                newLines.add(new OrderLine(0, null, p.addOnPackage().getId(), p.addOnPackage().getName(), item.getQuantity(),
                        p.addOnPackage().getPriceOre(), mainRate));
            }
        }
        List<String> emails = new ArrayList<>();
        users.email(user.id()).ifPresent(emails::add);
        if (citizen.getEmail() != null && !citizen.getEmail().isBlank() && !emails.contains(citizen.getEmail())) {
            emails.add(citizen.getEmail());
        }
        Instant now = clock.instant();
        AddOnOrder order = orders.save(new AddOnOrder(citizenId, citizen.getMunicipalityId(), items.getFirst().getProviderId(),
                request.method(), request.recurrence(), request.window(), price, vat, options.cancellationDeadlineHour(),
                user.id(), access.relation() == Relation.RELATIVE_WITH_ACT_POWER ? user.relativeId() : null, user.displayName(), citizen.fullName(),
                citizen.getAddress() + ", " + citizen.getPostcode() + " " + citizen.getCity(), emails, now));
        List<OrderLine> savedLines = newLines.stream().map(l -> lines.save(new OrderLine(order.getId(), l.getAddOnId(),
                l.getPackageId(), l.getName(), l.getQuantity(), l.getUnitPriceOre(), l.getVatRatePercent()))).toList();
        List<Occurrence> visits = new ArrayList<>();
        for (LocalDate date : dates(request.date(), request.recurrence())) {
            for (Map.Entry<AddOn, Integer> entry : addOns.entrySet()) {
                Integer capacity = entry.getKey().offer().capacityPerSlot();
                if (capacity != null && !slots.book(entry.getKey().getId(), date, request.window().start(), capacity, entry.getValue())) {
                    throw new BusinessException("ordering.slot-full", entry.getKey().getName(), OrderMails.day(date),
                            request.window().toString());
                }
            }
            visits.add(occurrences.save(new Occurrence(order.getId(), date, request.window().start(), request.window().end())));
        }
        payments.record(order.getId(), request.method(), request.method() == PaymentMethod.CARD ? price : 0, user.id());
        cart.deleteByCitizenId(citizenId);
        if (request.method() == PaymentMethod.CARD) {
            order.moveTo(OrderStatus.AWAITING_PAYMENT, now);
        } else {
            order.moveTo(OrderStatus.AWAITING_PROVIDER, now);
            mails.receipt(order, savedLines, visits);
        }
        access.record(AuditEvent.ORDER_PLACED, order.getId(), OrderMails.what(savedLines), request.date(), price);
        return order.getId();
    }

    private void validate(CheckoutRequest request, ScheduleOptions options) {
        if (request.date() == null || request.window() == null || request.method() == null) {
            throw new BusinessException("ordering.choose-time");
        }
        if (request.date().isAfter(lastBookableDate())) {
            throw new BusinessException("ordering.beyond-horizon", OrderMails.day(lastBookableDate()));
        }
        if (!options.allows(request.date(), request.window())) {
            throw new BusinessException("ordering.not-possible-then");
        }
        if (request.recurrence() != null && !options.recurrences().contains(request.recurrence())) {
            throw new BusinessException("ordering.not-possible-then");
        }
        if (request.method() == PaymentMethod.CARD && !options.cardAvailable()) {
            throw new BusinessException("ordering.card-unavailable");
        }
        if (request.method() == PaymentMethod.CARD && request.recurrence() != null) {
            throw new BusinessException("ordering.card-not-for-series");
        }
    }

    /** The last day an add-on can be booked for (the first visit of a series): the booking horizon. */
    public LocalDate lastBookableDate() {
        return LocalDate.now(clock).plusDays(bookingHorizonDays);
    }

    static List<LocalDate> dates(LocalDate start, Recurrence recurrence) {
        if (recurrence == null) {
            return List.of(start);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < SERIES_LENGTH.get(recurrence); i++) {
            dates.add(switch (recurrence) {
                case WEEKLY -> start.plusWeeks(i);
                case BIWEEKLY -> start.plusWeeks(2L * i);
                // Same weekday as the first visit, in each following month.
                case MONTHLY -> start.plusMonths(i).with(TemporalAdjusters.nextOrSame(start.getDayOfWeek()));
            });
        }
        return dates;
    }

    static long vatOf(long priceIncludingVat, int ratePercent) {
        return Math.round(priceIncludingVat * (double) ratePercent / (100 + ratePercent));
    }

    /**
     * The Stripe Checkout page for an order awaiting card payment. Outside any transaction: Stripe may be
     * slow or down, and then the order simply keeps waiting and the citizen can try again.
     */
    public String cardCheckoutUrl(long orderId, String returnPath) {
        AddOnOrder order = orders.findById(orderId).orElseThrow();
        requireAct(order.getCitizenId());
        if (order.getStatus() != OrderStatus.AWAITING_PAYMENT) {
            throw new BusinessException("ordering.not-awaiting-payment");
        }
        String description = "Frit Valg ordre " + orderId + ": " + OrderMails.what(lines.findByOrderIdOrderById(orderId));
        return payments.checkoutUrl(orderId, description.length() > 250 ? description.substring(0, 250) : description,
                users.email(order.getOrderedByUserId()).orElse(null), returnPath);
    }

    @EventListener
    void on(PaymentCompleted paid) {
        orders.findById(paid.orderId()).filter(o -> o.getStatus() == OrderStatus.AWAITING_PAYMENT).ifPresent(order -> {
            order.moveTo(OrderStatus.AWAITING_PROVIDER, clock.instant());
            mails.receipt(order, lines.findByOrderIdOrderById(order.getId()), occurrences.findByOrderIdOrderByServiceDate(order.getId()));
        });
    }

    @EventListener
    void on(PaymentExpired expired) {
        orders.findById(expired.orderId()).filter(o -> o.getStatus() == OrderStatus.AWAITING_PAYMENT).ifPresent(order -> {
            for (Occurrence visit : occurrences.findByOrderIdOrderByServiceDate(order.getId())) {
                visit.cancel(false, 0, clock.instant());
                releaseSlots(order, visit);
            }
            order.moveTo(OrderStatus.CANCELLED, clock.instant());
            auditTrail.appendSystem(AuditEvent.UNPAID_ORDER_RELEASED, order.getCitizenId(), order.getId());
        });
    }

    // --- the citizen's orders ---

    @Transactional(readOnly = true)
    public List<OrderDetails> orders(long citizenId) {
        requireView(citizenId);
        return details(orders.findByCitizenIdOrderByPlacedAtDesc(citizenId, PageRequest.of(0, 100)));
    }

    List<OrderDetails> details(List<AddOnOrder> list) {
        List<Long> ids = list.stream().map(AddOnOrder::getId).toList();
        Map<Long, List<OrderLine>> lineMap = new LinkedHashMap<>();
        lines.findByOrderIdIn(ids).forEach(l -> lineMap.computeIfAbsent(l.getOrderId(), k -> new ArrayList<>()).add(l));
        Map<Long, List<Occurrence>> visitMap = new LinkedHashMap<>();
        occurrences.findByOrderIdInOrderByServiceDate(ids).forEach(o -> visitMap.computeIfAbsent(o.getOrderId(), k -> new ArrayList<>()).add(o));
        Map<Long, String> providerNames = new LinkedHashMap<>();
        Map<Long, PaymentInfo> paymentMap = payments.payments(ids);
        return list.stream().map(o -> new OrderDetails(o, lineMap.getOrDefault(o.getId(), List.of()),
                visitMap.getOrDefault(o.getId(), List.of()),
                providerNames.computeIfAbsent(o.getProviderId(), id -> providers.byId(id).map(Provider::getName).orElse("")),
                Optional.ofNullable(paymentMap.get(o.getId())))).toList();
    }

    /** Whether cancelling the visit now is free: before the provider's deadline hour the day before. */
    @Transactional(readOnly = true)
    public CancellationTerms cancellationTerms(long occurrenceId) {
        Occurrence visit = occurrences.findById(occurrenceId).orElseThrow();
        AddOnOrder order = orders.findById(visit.getOrderId()).orElseThrow();
        requireView(order.getCitizenId());
        return terms(order, visit);
    }

    private CancellationTerms terms(AddOnOrder order, Occurrence visit) {
        ZonedDateTime deadline = visit.getServiceDate().minusDays(1)
                .atTime(order.getCancellationDeadlineHour(), 0).atZone(TimeConfiguration.DANISH_TIME);
        boolean free = clock.instant().isBefore(deadline.toInstant());
        return new CancellationTerms(free, free ? 0 : order.getPricePerOccurrenceOre(), deadline);
    }

    /** Cancels one visit (of a single order or a series). Before the deadline: free, and refunded if paid by card. */
    @Transactional
    public CancellationSummary cancelOccurrence(long occurrenceId) {
        Occurrence visit = occurrences.findById(occurrenceId).orElseThrow();
        AddOnOrder order = orders.findById(visit.getOrderId()).orElseThrow();
        Access access = requireAct(order.getCitizenId());
        if (!visit.getStatus().isActive() || !order.getStatus().isOpen()) {
            throw new BusinessException("ordering.cannot-cancel");
        }
        CancellationSummary summary = cancel(order, List.of(visit));
        access.record(AuditEvent.VISIT_CANCELLED, order.getId(), OrderMails.what(lines.findByOrderIdOrderById(order.getId())),
                visit.getServiceDate());
        return summary;
    }

    /** What {@link #cancelFrom} would cancel and cost now, to show before the citizen confirms. */
    @Transactional(readOnly = true)
    public CancellationSummary cancellationFrom(long orderId, LocalDate from) {
        AddOnOrder order = orders.findById(orderId).orElseThrow();
        requireView(order.getCitizenId());
        List<Occurrence> visits = activeFrom(order, from);
        return new CancellationSummary(visits.size(), visits.stream().mapToLong(v -> terms(order, v).chargeOre()).sum());
    }

    /**
     * Ends an arrangement: cancels every visit still to come on or after {@code from}, each under the
     * provider's deadline (free before it, charged after).
     */
    @Transactional
    public CancellationSummary cancelFrom(long orderId, LocalDate from) {
        AddOnOrder order = orders.findById(orderId).orElseThrow();
        Access access = requireAct(order.getCitizenId());
        List<Occurrence> visits = activeFrom(order, from);
        if (!order.getStatus().isOpen() || visits.isEmpty()) {
            throw new BusinessException("ordering.cannot-cancel");
        }
        CancellationSummary summary = cancel(order, visits);
        access.record(AuditEvent.ORDER_CANCELLED_FROM, order.getId(), OrderMails.what(lines.findByOrderIdOrderById(order.getId())), from,
                summary.visits());
        return summary;
    }

    private List<Occurrence> activeFrom(AddOnOrder order, LocalDate from) {
        return occurrences.findByOrderIdOrderByServiceDate(order.getId()).stream()
                .filter(v -> v.getStatus().isActive() && from != null && !v.getServiceDate().isBefore(from)).toList();
    }

    /** Cancels every visit still to come of an order (for a card order awaiting payment: the whole order). */
    @Transactional
    public void cancelOrder(long orderId) {
        AddOnOrder order = orders.findById(orderId).orElseThrow();
        Access access = requireAct(order.getCitizenId());
        if (!order.getStatus().isOpen()) {
            throw new BusinessException("ordering.cannot-cancel");
        }
        List<Occurrence> active = occurrences.findByOrderIdOrderByServiceDate(orderId).stream()
                .filter(o -> o.getStatus().isActive()).toList();
        cancel(order, active);
        access.record(AuditEvent.ORDER_CANCELLED, order.getId(), OrderMails.what(lines.findByOrderIdOrderById(order.getId())));
    }

    private CancellationSummary cancel(AddOnOrder order, List<Occurrence> visits) {
        Instant now = clock.instant();
        long refund = 0;
        long charge = 0;
        for (Occurrence visit : visits) {
            CancellationTerms terms = order.getStatus() == OrderStatus.AWAITING_PAYMENT
                    ? new CancellationTerms(true, 0, null) : terms(order, visit);
            visit.cancel(!terms.free(), terms.chargeOre(), now);
            releaseSlots(order, visit);
            if (terms.free() && order.getPaymentMethod() == PaymentMethod.CARD) {
                refund += payments.refund(order.getId(), order.getPricePerOccurrenceOre(), "occurrence-" + visit.getId() + "-cancelled");
            }
            charge += terms.chargeOre();
        }
        updateOrderStatus(order);
        mails.cancelled(order, lines.findByOrderIdOrderById(order.getId()), visits, refund, charge);
        return new CancellationSummary(visits.size(), charge);
    }

    void releaseSlots(AddOnOrder order, Occurrence visit) {
        for (OrderLine line : lines.findByOrderIdOrderById(order.getId())) {
            if (line.getAddOnId() != null) {
                catalogue.addOn(line.getAddOnId()).filter(a -> a.offer().capacityPerSlot() != null).ifPresent(a ->
                        slots.release(a.getId(), visit.getServiceDate(), visit.getWindowStart(), places(a, line.getQuantity())));
            } else if (line.getPackageId() != null) {
                catalogue.addOnPackage(line.getPackageId()).ifPresent(p -> p.items().stream()
                        .filter(part -> part.addOn().offer().capacityPerSlot() != null)
                        .forEach(part -> slots.release(part.addOn().getId(), visit.getServiceDate(), visit.getWindowStart(),
                                places(part.addOn(), part.quantity() * line.getQuantity()))));
            }
        }
    }

    /** Moves the order on when its visits say so: all gone → cancelled; all done → delivered. */
    void updateOrderStatus(AddOnOrder order) {
        List<Occurrence> visits = occurrences.findByOrderIdOrderByServiceDate(order.getId());
        if (visits.stream().anyMatch(v -> v.getStatus().isActive())) {
            return;
        }
        boolean anyDelivered = visits.stream().anyMatch(v -> v.getStatus() == OccurrenceStatus.DELIVERED);
        order.moveTo(anyDelivered ? OrderStatus.DELIVERED : OrderStatus.CANCELLED, clock.instant());
    }

    private Access requireAct(long citizenId) {
        return accessGuard.require(Permission.ORDER_ADD_ONS, Target.citizen(citizenId));
    }

    private void requireView(long citizenId) {
        accessGuard.require(Permission.VIEW_ADD_ON_ORDERS, Target.citizen(citizenId));
    }
}
