package dk.fritvalg.ordering;

import dk.fritvalg.payment.PaymentService;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
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
        Access access = accessGuard.require(Permission.HANDLE_PROVIDER_ORDERS, Target.provider(providerId));
        List<AddOnOrder> found = orders.findByProviderIdAndStatusInOrderByPlacedAt(providerId, open ? OPEN : CLOSED, PageRequest.of(0, 200));
        access.recordLooks(found.stream().map(AddOnOrder::getCitizenId).toList());
        return ordering.details(found);
    }

    /** The provider's orders after an id, with their visits, at most {@code limit}: for its own system (open API). */
    @Transactional(readOnly = true)
    public List<OrderingService.OrderDetails> page(long providerId, long afterId, int limit) {
        Access access = accessGuard.require(Permission.READ_PROVIDER_ORDERS, Target.provider(providerId));
        List<AddOnOrder> found = orders.findByProviderIdAndIdGreaterThanOrderById(providerId, afterId, PageRequest.of(0, limit));
        access.recordLooks(found.stream().map(AddOnOrder::getCitizenId).toList());
        return ordering.details(found);
    }

    /** Accepts the order and sets the time of day of its visits, within the window the citizen chose. */
    @Transactional
    public void accept(long orderId, LocalTime time) {
        AddOnOrder order = orders.findById(orderId).orElseThrow();
        Access access = own(order);
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
        access.recordFor(order.getCitizenId(), AuditEvent.ORDER_ACCEPTED, orderId, OrderMails.what(lines.findByOrderIdOrderById(orderId)), time);
    }

    /** Declines the order: every visit still to come is dropped and a card payment refunded in full. */
    @Transactional
    public void decline(long orderId) {
        AddOnOrder order = orders.findById(orderId).orElseThrow();
        Access access = own(order);
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
        access.recordFor(order.getCitizenId(), AuditEvent.ORDER_DECLINED, orderId, OrderMails.what(lines.findByOrderIdOrderById(orderId)));
    }

    /** Marks a confirmed visit as delivered (on or after its date); it is then charged. */
    @Transactional
    public void markDelivered(long occurrenceId) {
        Occurrence visit = occurrences.findById(occurrenceId).orElseThrow();
        AddOnOrder order = orders.findById(visit.getOrderId()).orElseThrow();
        Access access = own(order);
        if (visit.getStatus() != OccurrenceStatus.SCHEDULED || order.getStatus() != OrderStatus.CONFIRMED) {
            throw new BusinessException("ordering.cannot-deliver");
        }
        if (!visit.deliverableOn(LocalDate.now(clock))) {
            throw new BusinessException("ordering.not-yet");
        }
        visit.deliver(order.getPricePerOccurrenceOre(), clock.instant());
        ordering.updateOrderStatus(order);
        access.recordFor(order.getCitizenId(), AuditEvent.VISIT_DELIVERED, order.getId(),
                OrderMails.what(lines.findByOrderIdOrderById(order.getId())), visit.getServiceDate());
    }

    private Access own(AddOnOrder order) {
        return accessGuard.require(Permission.HANDLE_PROVIDER_ORDERS, Target.provider(order.getProviderId()));
    }
}
