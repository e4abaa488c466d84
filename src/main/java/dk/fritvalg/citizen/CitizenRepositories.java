package dk.fritvalg.citizen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenRepository extends JpaRepository<Citizen, Long> {
    Optional<Citizen> findByCprHash(String cprHash);

    /** A page of a municipality's citizens after an id (cursor paging, in id order). */
    List<Citizen> findByMunicipalityIdAndIdGreaterThanOrderById(Long municipalityId, Long afterId, Pageable page);

    /** Locks the citizen's row: work for one citizen then runs once, also on several nodes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT c FROM Citizen c WHERE c.id = :id")
    Optional<Citizen> lockById(long id);
}

interface RelativeRepository extends JpaRepository<Relative, Long> {
    Optional<Relative> findByCprHash(String cprHash);

    /** A locking read: sees a relative another transaction registered and committed while this one waited. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Relative r where r.cprHash = :cprHash")
    Optional<Relative> lockByCprHash(String cprHash);
}

interface RelativeContactChangeRepository extends JpaRepository<RelativeContactChange, Long> {
}

interface PowerOfAttorneyRepository extends JpaRepository<PowerOfAttorney, Long> {
    /** Powers whose end date has passed and that were neither ended another way nor recorded as expired yet. */
    @Query("""
            SELECT p.id FROM PowerOfAttorney p WHERE p.validTo < :today AND p.expiredAt IS NULL AND p.revokedAt IS NULL
              AND p.declinedAt IS NULL ORDER BY p.id""")
    List<Long> findEnded(LocalDate today);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT p FROM PowerOfAttorney p WHERE p.id = :id")
    Optional<PowerOfAttorney> lockById(long id);

    /** Records the expiry once: only one caller gets 1. */
    @Modifying
    @Query("UPDATE PowerOfAttorney p SET p.expiredAt = :at, p.version = p.version + 1 WHERE p.id = :id AND p.expiredAt IS NULL")
    int claimExpiry(long id, Instant at);

    List<PowerOfAttorney> findByRelativeId(Long relativeId);

    List<PowerOfAttorney> findByCitizenId(Long citizenId);

    /** A locking read of a citizen's powers: the latest committed rows, not the transaction's snapshot. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PowerOfAttorney p where p.citizenId = :citizenId")
    List<PowerOfAttorney> lockByCitizenId(Long citizenId);
}

interface GrantRepository extends JpaRepository<Grant, Long> {
    List<Grant> findByCitizenIdOrderByValidFrom(Long citizenId);

    /** Grants that started on or before the cut-off, still run, and have neither a provider nor an open request. */
    @Query(value = """
            SELECT g.id FROM care_grant g
            WHERE g.valid_from <= :cutoff AND (g.valid_to IS NULL OR g.valid_to >= :today)
              AND NOT EXISTS (SELECT 1 FROM provider_choice c WHERE c.citizen_id = g.citizen_id
                              AND c.service_area_id = g.service_area_id AND (c.valid_to IS NULL OR c.valid_to >= :today))
              AND NOT EXISTS (SELECT 1 FROM switch_request r WHERE r.open_key = CONCAT(g.citizen_id, ':', g.service_area_id))
            ORDER BY g.id""", nativeQuery = true)
    List<Long> findWithoutChoice(LocalDate cutoff, LocalDate today);
}

interface ProviderChoiceRepository extends JpaRepository<ProviderChoice, Long> {
    List<ProviderChoice> findByCitizenIdOrderByValidFromDesc(Long citizenId);

    /** A municipality's choices made or changed after (time, id), in that order: what a care system polls. */
    @Query("""
            SELECT c FROM ProviderChoice c WHERE c.citizenId IN (SELECT z.id FROM Citizen z WHERE z.municipalityId = :municipalityId)
              AND (c.changedAt > :at OR (c.changedAt = :at AND c.id > :afterId))
            ORDER BY c.changedAt, c.id""")
    List<ProviderChoice> changedAfter(long municipalityId, Instant at, long afterId, Pageable page);

    /** How many citizens a provider serves in an area on a date: what its capacity is measured against. */
    @Query("""
            SELECT COUNT(c) FROM ProviderChoice c WHERE c.providerId = :providerId AND c.serviceAreaId = :areaId
              AND c.validFrom <= :date AND (c.validTo IS NULL OR c.validTo >= :date)""")
    long countServedOn(long providerId, long areaId, LocalDate date);
}

interface SwitchRequestRepository extends JpaRepository<SwitchRequest, Long> {
    List<SwitchRequest> findByCitizenIdOrderByRequestedAtDesc(Long citizenId);

    boolean existsByOpenKey(String openKey);

    Page<SwitchRequest> findByMunicipalityIdAndStatus(Long municipalityId, SwitchStatus status, Pageable pageable);

    long countByMunicipalityIdAndStatus(Long municipalityId, SwitchStatus status);

    @Query("SELECT r.id FROM SwitchRequest r WHERE r.status = dk.fritvalg.citizen.SwitchStatus.SCHEDULED AND r.effectiveDate <= :date ORDER BY r.id")
    List<Long> findDue(LocalDate date);

    /** Claims a due request for this node: only one caller gets 1, so a switch takes effect once. */
    @Modifying
    @Query("""
            UPDATE SwitchRequest r SET r.status = dk.fritvalg.citizen.SwitchStatus.EFFECTIVE, r.effectedAt = :at,
              r.openKey = NULL, r.version = r.version + 1
            WHERE r.id = :id AND r.status = dk.fritvalg.citizen.SwitchStatus.SCHEDULED""")
    int claimForEffect(long id, Instant at);
}
