package dk.fritvalg.settlement;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: the payment model of each service area, by whole months. A new model from a month ends the one before
 * it; the same month again corrects it. A month that is locked keeps the model it was settled under: a model may
 * not start in or before a locked month. Result-based and combination models pay rehabilitation courses (§ 83 a),
 * so they are only for the rehabilitation service area.
 */
@Service
public class PaymentModels {

    private static final String SELECT = """
            SELECT id, municipality_id, service_area_id, kind, time_basis, unit, late_cancellation_rule, cancel_deadline_hour,
                   cancel_deadline_days, base_minutes_per_week, bonus_minutes, valid_from, valid_to
            FROM payment_model""";

    private final NamedParameterJdbcTemplate jdbc;
    private final MunicipalityService municipalities;
    private final AccessGuard accessGuard;
    private final Clock clock;

    PaymentModels(NamedParameterJdbcTemplate jdbc, MunicipalityService municipalities, AccessGuard accessGuard, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** Every model of the municipality, by service area and start. */
    @Transactional(readOnly = true)
    public List<PaymentModel> ofMunicipality(long municipalityId) {
        accessGuard.require(Permission.VIEW_SETTLEMENT, Target.municipality(municipalityId));
        return all(municipalityId);
    }

    List<PaymentModel> all(long municipalityId) {
        return jdbc.query(SELECT + " WHERE municipality_id = :m ORDER BY service_area_id, valid_from",
                Map.of("m", municipalityId), PaymentModels::model);
    }

    /** The terms valid in the month per service area (areas without a model are not settled). */
    Map<Long, PaymentTerms> termsIn(long municipalityId, YearMonth month) {
        Map<Long, PaymentTerms> terms = new HashMap<>();
        all(municipalityId).stream().filter(m -> m.validIn(month)).forEach(m -> terms.put(m.serviceAreaId(), m.terms()));
        return terms;
    }

    /** Sets the service area's model from the first of the month. */
    @Transactional
    public PaymentModel set(long serviceAreaId, PaymentTerms requested, YearMonth from) {
        ServiceArea area = municipalities.serviceArea(serviceAreaId).orElseThrow(() -> new BusinessException("settlement.error.no-area"));
        long municipalityId = area.getMunicipalityId();
        Access access = accessGuard.require(Permission.SETTLE_PROVIDERS, Target.municipality(municipalityId));
        if (from == null) {
            throw new BusinessException("settlement.model.error.no-month");
        }
        PaymentTerms terms = requested.checked();
        if (terms.kind() != PaymentModelKind.ACTIVITY && area.getKind() != ServiceAreaKind.REHABILITATION) {
            throw new BusinessException("settlement.model.error.courses-only");
        }
        LocalDate start = from.atDay(1);
        Optional<LocalDate> lockedFrom = Optional.ofNullable(jdbc.queryForObject(
                "SELECT MAX(month) FROM settlement_run WHERE municipality_id = :m AND status = 'LOCKED'", Map.of("m", municipalityId),
                LocalDate.class));
        if (lockedFrom.isPresent() && !start.isAfter(lockedFrom.get())) {
            throw new BusinessException("settlement.model.error.locked-month", Danish.month(YearMonth.from(lockedFrom.get())));
        }
        List<PaymentModel> history = all(municipalityId).stream().filter(m -> m.serviceAreaId() == serviceAreaId).toList();
        Optional<PaymentModel> later = history.stream().filter(m -> m.validFrom().isAfter(start)).findFirst();
        if (later.isPresent()) {
            throw new BusinessException("settlement.model.error.later-model", Danish.month(YearMonth.from(later.get().validFrom())));
        }
        Optional<PaymentModel> same = history.stream().filter(m -> m.validFrom().equals(start)).findFirst();
        MapSqlParameterSource params = new MapSqlParameterSource("m", municipalityId).addValue("a", serviceAreaId)
                .addValue("kind", terms.kind().name()).addValue("basis", terms.basis() == null ? null : terms.basis().name())
                .addValue("unit", terms.unit().name()).addValue("rule", terms.lateCancellationRule())
                .addValue("hour", terms.deadlineHour()).addValue("days", terms.deadlineDays())
                .addValue("base", terms.baseMinutesPerWeek()).addValue("bonus", terms.bonusMinutes()).addValue("from", start)
                .addValue("by", access.user().displayName()).addValue("at", VisitWriter.utc(clock.instant()));
        if (same.isPresent()) {
            jdbc.update("""
                    UPDATE payment_model SET kind = :kind, time_basis = :basis, unit = :unit, late_cancellation_rule = :rule,
                           cancel_deadline_hour = :hour, cancel_deadline_days = :days, base_minutes_per_week = :base,
                           bonus_minutes = :bonus, created_by = :by, created_at = :at, version = version + 1
                    WHERE id = :id""", params.addValue("id", same.get().id()));
        } else {
            Optional<PaymentModel> covering = history.stream().filter(m -> m.validTo() == null || !m.validTo().isBefore(start)).findFirst();
            covering.ifPresent(m -> jdbc.update("UPDATE payment_model SET valid_to = :to, version = version + 1 WHERE id = :id",
                    new MapSqlParameterSource("to", start.minusDays(1)).addValue("id", m.id())));
            params.addValue("to", covering.map(PaymentModel::validTo).orElse(null));
            jdbc.update("""
                    INSERT INTO payment_model (municipality_id, service_area_id, kind, time_basis, unit, late_cancellation_rule,
                                               cancel_deadline_hour, cancel_deadline_days, base_minutes_per_week, bonus_minutes,
                                               valid_from, valid_to, created_by, created_at)
                    VALUES (:m, :a, :kind, :basis, :unit, :rule, :hour, :days, :base, :bonus, :from, :to, :by, :at)""", params);
        }
        access.record(AuditEvent.PAYMENT_MODEL_SET, area.getName(), terms.danish(), Danish.month(from));
        return all(municipalityId).stream().filter(m -> m.serviceAreaId() == serviceAreaId && m.validFrom().equals(start)).findFirst()
                .orElseThrow();
    }

    private static PaymentModel model(ResultSet rs, int row) throws SQLException {
        String basis = rs.getString("time_basis");
        java.sql.Date to = rs.getDate("valid_to");
        PaymentTerms terms = new PaymentTerms(PaymentModelKind.valueOf(rs.getString("kind")), basis == null ? null : TimeBasis.valueOf(basis),
                SettlementUnit.valueOf(rs.getString("unit")), rs.getBoolean("late_cancellation_rule"), rs.getInt("cancel_deadline_hour"),
                rs.getInt("cancel_deadline_days"), rs.getInt("base_minutes_per_week"), rs.getInt("bonus_minutes"));
        return new PaymentModel(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("service_area_id"), terms,
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }
}
