package dk.fritvalg.market;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceAreaRegimeRepository extends JpaRepository<ServiceAreaRegime, Long> {

    List<ServiceAreaRegime> findByServiceAreaIdOrderByValidFromDesc(Long serviceAreaId);
}

interface TenderRoundRepository extends JpaRepository<TenderRound, Long> {

    /** The round, locked for the transaction: a bid, a score or the award waits for another to finish. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT t FROM TenderRound t WHERE t.id = :id")
    Optional<TenderRound> lockById(@Param("id") long id);

    List<TenderRound> findByMunicipalityIdOrderByBidDeadlineDesc(Long municipalityId, Pageable page);

    long countByMunicipalityId(Long municipalityId);

    @Query("SELECT t FROM TenderRound t WHERE t.publicationAt <= :now AND t.bidDeadline > :now AND t.awardedAt IS NULL ORDER BY t.bidDeadline, t.id")
    List<TenderRound> open(@Param("now") Instant now, Pageable page);

    @Query("SELECT COUNT(t) FROM TenderRound t WHERE t.publicationAt <= :now AND t.bidDeadline > :now AND t.awardedAt IS NULL")
    long countOpen(@Param("now") Instant now);
}

interface TenderCriterionRepository extends JpaRepository<TenderCriterion, Long> {

    List<TenderCriterion> findByTenderIdOrderByPosition(Long tenderId);
}

interface TenderBidRepository extends JpaRepository<TenderBid, Long> {

    Optional<TenderBid> findByTenderIdAndOrganisationId(Long tenderId, Long organisationId);

    List<TenderBid> findByTenderIdOrderBySubmittedAt(Long tenderId);

    long countByTenderId(Long tenderId);

    List<TenderBid> findByOrganisationIdOrderBySubmittedAtDesc(Long organisationId, Pageable page);

    long countByOrganisationId(Long organisationId);

    Optional<TenderBid> findByAgreementId(Long agreementId);
}

interface TenderScoreRepository extends JpaRepository<TenderScore, Long> {

    List<TenderScore> findByBidIdIn(Collection<Long> bidIds);

    Optional<TenderScore> findByBidIdAndCriterionId(Long bidId, Long criterionId);
}
