package dk.fritvalg.notification;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    /** Locks the notice: of two deliveries racing (a retry and a late first try), the second sees it sent. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT n FROM Notice n WHERE n.id = :id")
    Optional<Notice> lockById(long id);

    List<Notice> findByPersonKindAndPersonIdOrderByCreatedAtDescIdDesc(PersonKind personKind, Long personId, Pageable page);

    long countByPersonKindAndPersonId(PersonKind personKind, Long personId);

    long countByMunicipalityIdAndStatusAndPrintBatchIdIsNull(Long municipalityId, NoticeStatus status);

    List<Notice> findByPrintBatchIdOrderById(Long printBatchId);

    /** The notices in a state for a municipality, newest first (the administrator's list of those given up). */
    List<Notice> findByMunicipalityIdAndStatusOrderByCreatedAtDescIdDesc(Long municipalityId, NoticeStatus status, Pageable page);

    long countByMunicipalityIdAndStatus(Long municipalityId, NoticeStatus status);

    long countByStatus(NoticeStatus status);

    /** Puts the waiting letters into a batch; a letter already in a batch is never taken again. */
    @Modifying
    @Query("""
            UPDATE Notice n SET n.printBatchId = :batchId, n.version = n.version + 1
            WHERE n.municipalityId = :municipalityId AND n.status = dk.fritvalg.notification.NoticeStatus.AWAITING_PRINT
              AND n.printBatchId IS NULL""")
    int gather(long municipalityId, long batchId);

    @Modifying
    @Query("""
            UPDATE Notice n SET n.status = dk.fritvalg.notification.NoticeStatus.PRINTED, n.sentAt = :at, n.version = n.version + 1
            WHERE n.printBatchId = :batchId AND n.status = dk.fritvalg.notification.NoticeStatus.AWAITING_PRINT""")
    int markPrinted(long batchId, java.time.Instant at);

    @Query("SELECT DISTINCT n.municipalityId FROM Notice n WHERE n.status = dk.fritvalg.notification.NoticeStatus.AWAITING_PRINT "
            + "AND n.printBatchId IS NULL AND n.municipalityId IS NOT NULL")
    List<Long> municipalitiesWithWaitingLetters();
}

interface ChannelPreferenceRepository extends JpaRepository<ChannelPreference, Long> {
    Optional<ChannelPreference> findByPersonKindAndPersonId(PersonKind personKind, Long personId);
}

interface PrintBatchRepository extends JpaRepository<PrintBatch, Long> {
    List<PrintBatch> findByMunicipalityIdOrderByCreatedAtDesc(Long municipalityId, Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT b FROM PrintBatch b WHERE b.id = :id")
    Optional<PrintBatch> lockById(long id);
}
