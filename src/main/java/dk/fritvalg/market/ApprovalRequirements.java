package dk.fritvalg.market;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each municipality's requirement list for approval per service area, and the decision time it promises applicants.
 * The lists are public (a provider reads them before applying); the procurement office keeps them. An area starts
 * with the standard list (staff education, a nurse or therapist where care is given, bank guarantee, annual accounts,
 * no public debt of DKK 50,000 or more, training in the municipal care system, insurance, a contingency plan);
 * the municipality adds its own lines and retires those it no longer asks.
 */
@Service
public class ApprovalRequirements {

    public static final int DEFAULT_DECISION_DAYS = 30;
    private static final Set<RequirementKind> WITH_EVIDENCE = EnumSet.of(RequirementKind.BANK_GUARANTEE, RequirementKind.ANNUAL_ACCOUNTS,
            RequirementKind.NO_PUBLIC_DEBT, RequirementKind.INSURANCE, RequirementKind.CONTINGENCY_PLAN);
    private static final Set<ServiceAreaKind> CARE = EnumSet.of(ServiceAreaKind.PERSONAL_CARE, ServiceAreaKind.REHABILITATION,
            ServiceAreaKind.INTEGRATED_CARE);

    private final ApprovalRequirementRepository requirements;
    private final MunicipalityService municipalities;
    private final AccessGuard accessGuard;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApprovalRequirements(ApprovalRequirementRepository requirements, MunicipalityService municipalities, AccessGuard accessGuard,
                         JdbcTemplate jdbc, Clock clock) {
        this.requirements = requirements;
        this.municipalities = municipalities;
        this.accessGuard = accessGuard;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Public: the requirements a provider must answer for the service area, in order; the standard list until changed. */
    @Transactional
    public List<Requirement> of(long serviceAreaId) {
        return active(serviceAreaId).stream().map(ApprovalRequirement::toView).toList();
    }

    /** The active requirements, creating the standard list the first time an area is asked for. */
    List<ApprovalRequirement> active(long serviceAreaId) {
        List<ApprovalRequirement> all = requirements.findByServiceAreaIdOrderByPosition(serviceAreaId);
        if (all.isEmpty()) {
            ServiceArea area = municipalities.serviceArea(serviceAreaId).orElseThrow(() -> new BusinessException("market.error.no-area"));
            // One writer per area: the first of two simultaneous readers creates the list, the other finds it.
            jdbc.queryForObject("SELECT id FROM service_area WHERE id = ? FOR UPDATE", Long.class, serviceAreaId);
            all = requirements.findByServiceAreaIdOrderByPosition(serviceAreaId);
            if (all.isEmpty()) {
                List<ApprovalRequirement> standard = new ArrayList<>();
                int position = 0;
                for (RequirementKind kind : RequirementKind.values()) {
                    if (kind == RequirementKind.OWN || (kind == RequirementKind.NURSE_OR_THERAPIST && !CARE.contains(area.getKind()))) {
                        continue;
                    }
                    standard.add(new ApprovalRequirement(area.getMunicipalityId(), serviceAreaId, kind, kind.name(),
                            WITH_EVIDENCE.contains(kind), position++, clock.instant()));
                }
                all = requirements.saveAllAndFlush(standard);
            }
        }
        return all.stream().filter(ApprovalRequirement::isActive).toList();
    }

    /** Adds one of the municipality's own lines to an area's list. */
    @Transactional
    public Requirement add(long serviceAreaId, String text, boolean evidenceRequired) {
        ServiceArea area = municipalities.serviceArea(serviceAreaId).orElseThrow(() -> new BusinessException("market.error.no-area"));
        Access access = accessGuard.require(Permission.MANAGE_APPROVAL_REQUIREMENTS, Target.municipality(area.getMunicipalityId()));
        String line = text == null ? "" : text.strip();
        if (line.length() < 5 || line.length() > 500) {
            throw new BusinessException("market.requirement.error.text", 5, 500);
        }
        int next = active(serviceAreaId).stream().mapToInt(ApprovalRequirement::getPosition).max().orElse(-1) + 1;
        ApprovalRequirement saved = requirements.saveAndFlush(new ApprovalRequirement(area.getMunicipalityId(), serviceAreaId,
                RequirementKind.OWN, line, evidenceRequired, next, clock.instant()));
        access.record(AuditEvent.APPROVAL_REQUIREMENT_ADDED, area.getName(), line);
        return saved.toView();
    }

    /** Takes a requirement off its area's list; applications already answered keep their answer to it. */
    @Transactional
    public void retire(long requirementId) {
        ApprovalRequirement requirement = requirements.findById(requirementId)
                .orElseThrow(() -> new BusinessException("market.requirement.error.not-found"));
        Access access = accessGuard.require(Permission.MANAGE_APPROVAL_REQUIREMENTS, Target.municipality(requirement.getMunicipalityId()));
        if (!requirement.isActive()) {
            return;
        }
        requirement.retire();
        requirements.saveAndFlush(requirement);
        access.record(AuditEvent.APPROVAL_REQUIREMENT_RETIRED,
                municipalities.serviceArea(requirement.getServiceAreaId()).map(ServiceArea::getName).orElse(""), requirement.getText());
    }

    /** Public: the days the municipality promises for a decision. */
    @Transactional(readOnly = true)
    public int decisionDays(long municipalityId) {
        List<Integer> days = jdbc.queryForList("SELECT decision_days FROM approval_policy WHERE municipality_id = ?", Integer.class,
                municipalityId);
        return days.isEmpty() ? DEFAULT_DECISION_DAYS : days.getFirst();
    }

    /** The procurement office sets the decision time it promises; it applies to applications that arrive from now. */
    @Transactional
    public void setDecisionDays(int days) {
        Access access = accessGuard.requireOwn(Permission.MANAGE_APPROVAL_REQUIREMENTS);
        long municipalityId = ((Target.Municipality) access.target()).municipalityId();
        if (days < 1 || days > 365) {
            throw new BusinessException("market.requirement.error.decision-days", 1, 365);
        }
        int old = decisionDays(municipalityId);
        if (old == days) {
            return;
        }
        jdbc.update("""
                INSERT INTO approval_policy (municipality_id, decision_days, updated_at) VALUES (?, ?, UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE decision_days = VALUES(decision_days), updated_at = VALUES(updated_at), version = version + 1""",
                municipalityId, days);
        access.record(AuditEvent.DECISION_DAYS_SET, old, days);
    }
}
