package dk.fritvalg.market;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApprovalRequirementRepository extends JpaRepository<ApprovalRequirement, Long> {

    List<ApprovalRequirement> findByServiceAreaIdOrderByPosition(Long serviceAreaId);

    List<ApprovalRequirement> findByServiceAreaIdAndActiveTrueOrderByPosition(Long serviceAreaId);
}

interface ApprovalApplicationRepository extends JpaRepository<ApprovalApplication, Long> {

    @Query("""
            SELECT a FROM ApprovalApplication a WHERE a.municipalityId = :municipality
              AND (:status IS NULL OR a.status = :status)
              AND (:overdueBefore IS NULL OR (a.status IN (dk.fritvalg.market.ApplicationStatus.SUBMITTED,
                   dk.fritvalg.market.ApplicationStatus.INFORMATION_REQUESTED) AND a.decisionDue < :overdueBefore))
            ORDER BY a.decisionDue, a.id""")
    List<ApprovalApplication> search(@Param("municipality") long municipalityId, @Param("status") ApplicationStatus status,
                                     @Param("overdueBefore") java.time.LocalDate overdueBefore, Pageable page);

    @Query("""
            SELECT COUNT(a) FROM ApprovalApplication a WHERE a.municipalityId = :municipality
              AND (:status IS NULL OR a.status = :status)
              AND (:overdueBefore IS NULL OR (a.status IN (dk.fritvalg.market.ApplicationStatus.SUBMITTED,
                   dk.fritvalg.market.ApplicationStatus.INFORMATION_REQUESTED) AND a.decisionDue < :overdueBefore))""")
    long countSearch(@Param("municipality") long municipalityId, @Param("status") ApplicationStatus status,
                     @Param("overdueBefore") java.time.LocalDate overdueBefore);

    List<ApprovalApplication> findByOrganisationIdOrderBySubmittedAtDesc(Long organisationId, Pageable page);

    long countByOrganisationId(Long organisationId);

    List<ApprovalApplication> findByOrganisationIdAndMunicipalityId(Long organisationId, Long municipalityId);
}

interface ApprovalAnswerRepository extends JpaRepository<ApprovalAnswer, Long> {

    List<ApprovalAnswer> findByApplicationIdOrderById(Long applicationId);

    Optional<ApprovalAnswer> findByApplicationIdAndRequirementId(Long applicationId, Long requirementId);
}

interface ProviderSuspensionRepository extends JpaRepository<ProviderSuspension, Long> {

    List<ProviderSuspension> findByMunicipalityIdAndProviderIdOrderBySuspendedFromDesc(Long municipalityId, Long providerId);

    /** Suspensions planned to start by the date that have not taken effect (nor been lifted before they did). */
    @Query("""
            SELECT s.id FROM ProviderSuspension s WHERE s.effectiveAt IS NULL AND s.reinstatedOn IS NULL AND s.suspendedFrom <= :date
            ORDER BY s.id""")
    List<Long> findDue(@Param("date") java.time.LocalDate date);
}

interface ProviderFailureRepository extends JpaRepository<ProviderFailure, Long> {

    Optional<ProviderFailure> findByMunicipalityIdAndProviderId(Long municipalityId, Long providerId);

    List<ProviderFailure> findByMunicipalityIdOrderByFailureDateDescIdDesc(Long municipalityId, Pageable page);

    long countByMunicipalityId(Long municipalityId);
}

interface ProviderFailureTaskRepository extends JpaRepository<ProviderFailureTask, Long> {

    List<ProviderFailureTask> findByFailureIdOrderByPosition(Long failureId);
}

interface ContingencyChecklistLineRepository extends JpaRepository<ContingencyChecklistLine, Long> {

    List<ContingencyChecklistLine> findByMunicipalityIdAndActiveTrueOrderByPosition(Long municipalityId);

    long countByMunicipalityId(Long municipalityId);
}
