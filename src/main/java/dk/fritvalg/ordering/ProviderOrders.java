package dk.fritvalg.ordering;

import dk.fritvalg.payment.PaymentService;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.shared.BusinessException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provider's order inbox: accept with a time, decline (full refund), mark visits as delivered. Own orders only. */
@Service
public class ProviderOrders {

    private static final EnumSet<OrderStatus> OPEN = EnumSet.of(OrderStatus.AWAITING_PROVIDER, OrderStatus.CONFIRMED);
    private static final EnumSet<OrderStatus> CLOSED = EnumSet.of(OrderStatus.DELIVERED, OrderStatus.COMPLETED,
            OrderStatus.DECLINED, OrderStatus.CANCELLED);

    private final AddOnOrderRepository orders;
    private final OrderLineRepository lines;
    private final OccurrenceRepository occurrences;
    private final OrderingService ordering;
    private final PaymentService payments;
    private final OrderMails mails;
    private final AccessGuard accessGuard;
    private final Clock clock;

    ProviderOrders(AddOnOrderRepository orders, OrderLineRepository lines, OccurrenceRepository occurrences,
                   OrderingService ordering, PaymentService payments, OrderMails mails, AccessGuard accessGuard, Clock clock) {
        this.orders = orders;
        this.lines = lines;
        this.occurrences = occurrences;
        this.ordering = ordering;
        this.payments = payments;
        this.mails = mails;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** Orders waiting for the provider or confirmed (open), or finished ones, oldest first; at most 200. */
    @Transactional(readOnly = true)
    public List<OrderingService.OrderDetails> inbox(long providerId, boolean open) {
        accessGuard.requireProvider(Permission.HANDLE_PROVIDER_ORDERS, providerId);
        return ordering.details(orders.findByProviderIdAndStatusInOrderByPlacedAt(providerId, open ? OPEN : CLOSED,
                PageRequest.of(0, 200)));
    }

    /** Accepts the order and sets the time of day of its visits, within the window the citizen chose. */
    @Transactional
    public void accept(long orderId, LocalTime time) {
        AddOnOrder order = own(orderId);
        if (order.getStatus() != OrderStatus.AWAITING_PROVIDER) {
            throw new BusinessException("ordering.not-awaiting-provider");
        }
        if (time == null || time.isBefore(order.getTimeWindow().start()) || !time.isBefore(order.getTimeWindow().end())) {
            throw new BusinessException("ordering.time-outside-window", order.getTimeWindow().toString());
        }
        List<Occurrence> visits = occurrences.findByOrderIdOrderByServiceDate(orderId).stream()
                .filter(o -> o.getStatus() == OccurrenceStatus.REQUESTED).toList();
        visits.forEach(v -> v.schedule(time));
        order.moveTo(OrderStatus.CONFIRMED, clock.instant());
        mails.confirmed(order, lines.findByOrderIdOrderById(orderId), visits, time);
    }

    /** Declines the order: every visit still to come is dropped and a card payment refunded in full. */
    @Transactional
    public void decline(long orderId) {
        AddOnOrder order = own(orderId);
        if (!OPEN.contains(order.getStatus())) {
            throw new BusinessException("ordering.not-awaiting-provider");
        }
        for (Occurrence visit : occurrences.findByOrderIdOrderByServiceDate(orderId)) {
            if (visit.getStatus().isActive()) {
                visit.decline();
                ordering.releaseSlots(order, visit);
            }
        }
        long refund = payments.refund(orderId, Long.MAX_VALUE, "order-" + orderId + "-declined");
        order.moveTo(OrderStatus.DECLINED, clock.instant());
        mails.declined(order, lines.findByOrderIdOrderById(orderId), refund);
    }

    /** Marks a confirmed visit as delivered (on or after its date); it is then charged. */
    @Transactional
    public void markDelivered(long occurrenceId) {
        Occurrence visit = occurrences.findById(occurrenceId).orElseThrow();
        AddOnOrder order = own(visit.getOrderId());
        if (visit.getStatus() != OccurrenceStatus.SCHEDULED || order.getStatus() != OrderStatus.CONFIRMED) {
            throw new BusinessException("ordering.cannot-deliver");
        }
        if (!visit.deliverableOn(LocalDate.now(clock))) {
            throw new BusinessException("ordering.not-yet");
        }
        visit.deliver(order.getPricePerOccurrenceOre(), clock.instant());
        ordering.updateOrderStatus(order);
    }

    private AddOnOrder own(long orderId) {
        AddOnOrder order = orders.findById(orderId).orElseThrow();
        accessGuard.requireProvider(Permission.HANDLE_PROVIDER_ORDERS, order.getProviderId());
        return order;
    }
}
