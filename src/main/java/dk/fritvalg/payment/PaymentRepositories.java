package dk.fritvalg.payment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface PaymentRepository extends JpaRepository<Payment, Long> {
    Optional<Payment> findByOrderId(long orderId);

    List<Payment> findByOrderIdIn(Collection<Long> orderIds);

    /** Locks the row so a webhook and a cancellation of the same order take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.orderId = :orderId")
    Optional<Payment> lockByOrderId(long orderId);

    /** Card payments still awaiting the citizen, oldest first. */
    @Query("select p.orderId from Payment p where p.method = dk.fritvalg.payment.PaymentMethod.CARD"
            + " and p.status = dk.fritvalg.payment.PaymentStatus.AWAITING and p.createdAt < :before order by p.createdAt")
    List<Long> awaitingSince(java.time.Instant before, org.springframework.data.domain.Pageable page);
}

interface PaymentRefundRepository extends JpaRepository<PaymentRefund, Long> {
    Optional<PaymentRefund> findByReference(String reference);

    List<PaymentRefund> findByPaymentId(long paymentId);
}
