package dk.fritvalg.ordering;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CartItemRepository extends JpaRepository<CartItem, Long> {
    List<CartItem> findByCitizenIdOrderById(long citizenId);

    /** The cart, locked until the transaction ends: one checkout of it at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT i FROM CartItem i WHERE i.citizenId = :citizenId ORDER BY i.id")
    List<CartItem> lockByCitizenId(long citizenId);

    void deleteByCitizenId(long citizenId);
}

interface AddOnOrderRepository extends JpaRepository<AddOnOrder, Long> {
    List<AddOnOrder> findByCitizenIdOrderByPlacedAtDesc(long citizenId, Pageable page);

    List<AddOnOrder> findByProviderIdAndStatusInOrderByPlacedAt(long providerId, Collection<OrderStatus> statuses, Pageable page);

    List<AddOnOrder> findByStatus(OrderStatus status);

    List<AddOnOrder> findByProviderIdAndStatusInOrderById(long providerId, Collection<OrderStatus> statuses);
    /** A page of a provider's orders after an id (cursor paging, in id order). */
    List<AddOnOrder> findByProviderIdAndIdGreaterThanOrderById(long providerId, long afterId, Pageable page);
}

interface OrderLineRepository extends JpaRepository<OrderLine, Long> {
    List<OrderLine> findByOrderIdOrderById(long orderId);

    List<OrderLine> findByOrderIdIn(Collection<Long> orderIds);
}

interface OccurrenceRepository extends JpaRepository<Occurrence, Long> {
    List<Occurrence> findByOrderIdOrderByServiceDate(long orderId);

    List<Occurrence> findByOrderIdInOrderByServiceDate(Collection<Long> orderIds);

    List<Occurrence> findByServiceDateAndStatusAndReminderSentAtIsNull(LocalDate date, OccurrenceStatus status);

    /** Charged visits of a citizen's invoice orders in a period: the monthly statement. */
    @Query("""
            select o from Occurrence o, AddOnOrder a
            where o.orderId = a.id and a.citizenId = :citizenId
              and a.paymentMethod = dk.fritvalg.payment.PaymentMethod.INVOICE
              and o.chargeOre > 0 and o.serviceDate >= :from and o.serviceDate < :to
            order by o.serviceDate, o.id""")
    List<Occurrence> chargedInvoiceOccurrences(long citizenId, LocalDate from, LocalDate to);

    /** Visits of a citizen's invoice orders in a period that are still to come (or not yet marked delivered). */
    @Query("""
            select o from Occurrence o, AddOnOrder a
            where o.orderId = a.id and a.citizenId = :citizenId
              and a.paymentMethod = dk.fritvalg.payment.PaymentMethod.INVOICE
              and o.status in (dk.fritvalg.ordering.OccurrenceStatus.REQUESTED, dk.fritvalg.ordering.OccurrenceStatus.SCHEDULED)
              and o.serviceDate >= :from and o.serviceDate < :to
            order by o.serviceDate, o.id""")
    List<Occurrence> upcomingInvoiceOccurrences(long citizenId, LocalDate from, LocalDate to);
}
