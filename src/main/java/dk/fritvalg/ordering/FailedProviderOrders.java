package dk.fritvalg.ordering;

import dk.fritvalg.catalogue.AddOn;
import dk.fritvalg.catalogue.CatalogueService;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.payment.PaymentService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * System side: the open add-on orders of a provider that failed. For the market's failure service once it has checked
 * the user's permission; runs in its transaction, and the market tells each citizen in one mail what happened.
 *
 * <p>An order moves to the first fallback provider that offers every add-on on it (same name and unit, active): the
 * visits from the failure date go back to "requested" for the new provider to set the time, and the citizen keeps the
 * price agreed when ordering. Otherwise its visits from the date are cancelled free of charge and refunded through the
 * payment module's refund path (a card order not yet paid is simply cancelled). Package orders are cancelled: a package
 * is one provider's. Orders held for payment review stay with staff. Running it again finds nothing left to do.
 */
@Service
public class FailedProviderOrders {

    private static final EnumSet<OrderStatus> HANDLED = EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.AWAITING_PROVIDER,
            OrderStatus.CONFIRMED);

    /** What happened to one citizen's orders. */
    public record CitizenOrders(int moved, int cancelled, long refundedOre) {

        CitizenOrders plus(CitizenOrders other) {
            return new CitizenOrders(moved + other.moved, cancelled + other.cancelled, refundedOre + other.refundedOre);
        }
    }

    /** The outcome by citizen id. */
    public record Outcome(Map<Long, CitizenOrders> byCitizen) {

        public int moved() {
            return byCitizen.values().stream().mapToInt(CitizenOrders::moved).sum();
        }

        public int cancelled() {
            return byCitizen.values().stream().mapToInt(CitizenOrders::cancelled).sum();
        }

        public long refundedOre() {
            return byCitizen.values().stream().mapToLong(CitizenOrders::refundedOre).sum();
        }
    }

    private final AddOnOrderRepository orders;
    private final OrderLineRepository lines;
    private final OccurrenceRepository occurrences;
    private final OrderingService ordering;
    private final CatalogueService catalogue;
    private final SlotBooking slots;
    private final PaymentService payments;

    FailedProviderOrders(AddOnOrderRepository orders, OrderLineRepository lines, OccurrenceRepository occurrences,
                         OrderingService ordering, CatalogueService catalogue, SlotBooking slots, PaymentService payments) {
        this.orders = orders;
        this.lines = lines;
        this.occurrences = occurrences;
        this.ordering = ordering;
        this.catalogue = catalogue;
        this.slots = slots;
        this.payments = payments;
    }

    /** Hands the failed provider's open orders to the fallbacks (in the order given) or cancels them with a refund. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome handOver(long failedProviderId, LocalDate from, List<Long> fallbackProviderIds, String reference, Instant now) {
        Map<Long, Map<String, AddOn>> offered = new HashMap<>();
        for (long fallback : fallbackProviderIds) {
            Map<String, AddOn> byKey = new HashMap<>();
            catalogue.addOnsOfProvider(fallback).forEach(a -> byKey.putIfAbsent(key(a), a));
            offered.put(fallback, byKey);
        }
        Map<Long, CitizenOrders> outcome = new TreeMap<>();
        for (AddOnOrder order : orders.findByProviderIdAndStatusInOrderById(failedProviderId, HANDLED)) {
            List<OrderLine> orderLines = lines.findByOrderIdOrderById(order.getId());
            List<Occurrence> coming = occurrences.findByOrderIdOrderByServiceDate(order.getId()).stream()
                    .filter(v -> v.getStatus().isActive() && !v.getServiceDate().isBefore(from)).toList();
            CitizenOrders result = order.getStatus() == OrderStatus.AWAITING_PAYMENT ? null
                    : tryMove(order, orderLines, coming, fallbackProviderIds, offered, now);
            if (result == null) {
                result = cancel(order, coming, reference, now);
            }
            outcome.merge(order.getCitizenId(), result, CitizenOrders::plus);
        }
        return new Outcome(outcome);
    }

    private CitizenOrders tryMove(AddOnOrder order, List<OrderLine> orderLines, List<Occurrence> coming, List<Long> fallbacks,
                                  Map<Long, Map<String, AddOn>> offered, Instant now) {
        if (coming.isEmpty() || orderLines.stream().anyMatch(l -> l.getAddOnId() == null)) {
            return null;
        }
        for (long fallback : fallbacks) {
            Map<OrderLine, AddOn> replacement = new HashMap<>();
            for (OrderLine line : orderLines) {
                Optional<AddOn> old = catalogue.addOn(line.getAddOnId());
                AddOn same = old.map(a -> offered.get(fallback).get(key(a))).orElse(null);
                if (same == null) {
                    break;
                }
                replacement.put(line, same);
            }
            if (replacement.size() != orderLines.size() || !book(replacement, coming)) {
                continue;
            }
            coming.forEach(v -> ordering.releaseSlots(order, v));
            replacement.forEach((line, addOn) -> line.replaceAddOn(addOn.getId()));
            coming.forEach(Occurrence::reopen);
            order.handOverTo(fallback, now);
            return new CitizenOrders(1, 0, 0);
        }
        return null;
    }

    /** Books the fallback's capacity-limited slots for every coming visit; all or nothing. */
    private boolean book(Map<OrderLine, AddOn> replacement, List<Occurrence> coming) {
        record Booked(long addOnId, Occurrence visit, int places) {
        }
        List<Booked> booked = new ArrayList<>();
        for (Map.Entry<OrderLine, AddOn> entry : replacement.entrySet()) {
            Integer capacity = entry.getValue().offer().capacityPerSlot();
            if (capacity == null) {
                continue;
            }
            int places = OrderingService.places(entry.getValue(), entry.getKey().getQuantity());
            for (Occurrence visit : coming) {
                if (!slots.book(entry.getValue().getId(), visit.getServiceDate(), visit.getWindowStart(), capacity, places)) {
                    booked.forEach(b -> slots.release(b.addOnId(), b.visit().getServiceDate(), b.visit().getWindowStart(), b.places()));
                    return false;
                }
                booked.add(new Booked(entry.getValue().getId(), visit, places));
            }
        }
        return true;
    }

    private CitizenOrders cancel(AddOnOrder order, List<Occurrence> coming, String reference, Instant now) {
        for (Occurrence visit : coming) {
            visit.cancel(false, 0, now);
            ordering.releaseSlots(order, visit);
        }
        long refund = 0;
        if (order.getStatus() == OrderStatus.AWAITING_PAYMENT || order.getPaymentMethod() == PaymentMethod.CARD) {
            // One reference per order and failure: a repeated run refunds nothing twice.
            refund = payments.refund(order.getId(), order.getPricePerOccurrenceOre() * coming.size(), reference + "-order-" + order.getId());
        }
        ordering.updateOrderStatus(order);
        return new CitizenOrders(0, coming.isEmpty() ? 0 : 1, refund);
    }

    private static String key(AddOn addOn) {
        return addOn.getName().strip().toLowerCase(Locale.ROOT) + "|" + addOn.getUnit();
    }
}
