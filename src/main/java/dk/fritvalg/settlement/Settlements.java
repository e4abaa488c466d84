package dk.fritvalg.settlement;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.SettlementUnit;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: the monthly settlement with the providers. Finance staff settle a month (again and again while it is
 * open), review it and lock it. A locked month never changes: what arrives or is corrected later for it (a late
 * visit, a corrected visit, a course result) becomes a correction line, naming the month it corrects, in the next
 * month that is settled. Providers read their own lines only.
 */
@Service
public class Settlements {

    /** How far back a settlement looks for locked months to correct. */
    static final int CORRECTION_MONTHS = 12;

    private final NamedParameterJdbcTemplate jdbc;
    private final SettlementEngine engine;
    private final PaymentModels models;
    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final AccessGuard accessGuard;
    private final Clock clock;

    Settlements(NamedParameterJdbcTemplate jdbc, SettlementEngine engine, PaymentModels models, MunicipalityService municipalities,
                ProviderService providers, AccessGuard accessGuard, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.models = models;
        this.municipalities = municipalities;
        this.providers = providers;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** Settles (or settles again) a month of the user's own municipality; refused when the month is locked. */
    @Transactional
    public SettlementStatement settle(YearMonth month) {
        Access access = accessGuard.requireOwn(Permission.SETTLE_PROVIDERS);
        long municipalityId = access.user().municipalityId();
        SettlementStatement statement = settle(municipalityId, month, access.user().displayName());
        access.record(AuditEvent.SETTLEMENT_COMPUTED, Danish.month(month), statement.lines().size(), Danish.kroner(statement.totalOre()));
        return statement;
    }

    /** Settles for the municipality; the caller has checked the permission. */
    @Transactional
    SettlementStatement settle(long municipalityId, YearMonth month, String by) {
        Objects.requireNonNull(month, "month");
        LocalDateTime now = VisitWriter.utc(clock.instant());
        jdbc.update("""
                INSERT INTO settlement_run (municipality_id, month, status, computed_at, computed_by)
                VALUES (:m, :month, 'OPEN', :now, :by)
                ON DUPLICATE KEY UPDATE id = id""",
                new MapSqlParameterSource("m", municipalityId).addValue("month", month.atDay(1)).addValue("now", now).addValue("by", by));
        SettlementStatement.Run run = jdbc.queryForObject(
                "SELECT * FROM settlement_run WHERE municipality_id = :m AND month = :month FOR UPDATE",
                Map.of("m", municipalityId, "month", month.atDay(1)), Settlements::run);
        if (run.locked()) {
            throw new BusinessException("settlement.error.locked", Danish.month(month));
        }
        List<SettlementLine> lines = new ArrayList<>(engine.compute(municipalityId, month, models.termsIn(municipalityId, month)));
        lines.addAll(corrections(municipalityId, month, run.id()));
        jdbc.update("DELETE FROM settlement_line WHERE run_id = :r", Map.of("r", run.id()));
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SettlementLine l = lines.get(i);
            rows.add(new MapSqlParameterSource("r", run.id()).addValue("p", l.providerId()).addValue("a", l.serviceAreaId())
                    .addValue("kind", l.kind().name()).addValue("q", l.quantity()).addValue("unit", l.unit().name())
                    .addValue("price", l.priceOre()).addValue("amount", l.amountOre()).addValue("reason", cut(l.reason(), 600))
                    .addValue("corrects", l.correctsMonth() == null ? null : l.correctsMonth().atDay(1)).addValue("pos", i));
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO settlement_line (run_id, provider_id, service_area_id, kind, quantity, unit, price_ore, amount_ore, reason,
                                                 corrects_month, position)
                    VALUES (:r, :p, :a, :kind, :q, :unit, :price, :amount, :reason, :corrects, :pos)""",
                    rows.toArray(MapSqlParameterSource[]::new));
        }
        jdbc.update("UPDATE settlement_run SET computed_at = :now, computed_by = :by, version = version + 1 WHERE id = :id",
                new MapSqlParameterSource("now", now).addValue("by", cut(by, 200)).addValue("id", run.id()));
        return statementOf(runById(run.id()), null);
    }

    /** Locks a settled month of the own municipality: from now on it never changes. The month must have ended. */
    @Transactional
    public SettlementStatement lock(YearMonth month) {
        Access access = accessGuard.requireOwn(Permission.SETTLE_PROVIDERS);
        long municipalityId = access.user().municipalityId();
        YearMonth now = YearMonth.now(clock.withZone(TimeConfiguration.DANISH_TIME));
        if (!month.isBefore(now)) {
            throw new BusinessException("settlement.error.month-not-over", Danish.month(month));
        }
        SettlementStatement.Run run = jdbc.query("SELECT * FROM settlement_run WHERE municipality_id = :m AND month = :month FOR UPDATE",
                Map.of("m", municipalityId, "month", month.atDay(1)), Settlements::run).stream().findFirst()
                .orElseThrow(() -> new BusinessException("settlement.error.not-settled", Danish.month(month)));
        if (run.locked()) {
            throw new BusinessException("settlement.error.locked", Danish.month(month));
        }
        SettlementStatement statement = lockRun(run, access.user().displayName());
        access.record(AuditEvent.SETTLEMENT_LOCKED, Danish.month(month), Danish.kroner(statement.totalOre()));
        return statement;
    }

    /** Locks for the municipality; the caller has checked the permission (the demo seeder). */
    @Transactional
    SettlementStatement lock(long municipalityId, YearMonth month, String by) {
        SettlementStatement.Run run = runOf(municipalityId, month).orElseThrow(() -> new BusinessException("settlement.error.not-settled",
                Danish.month(month)));
        return run.locked() ? statementOf(run, null) : lockRun(run, by);
    }

    private SettlementStatement lockRun(SettlementStatement.Run run, String by) {
        jdbc.update("UPDATE settlement_run SET status = 'LOCKED', locked_at = :now, locked_by = :by, version = version + 1 WHERE id = :id",
                new MapSqlParameterSource("now", VisitWriter.utc(clock.instant())).addValue("by", by).addValue("id", run.id()));
        return statementOf(runById(run.id()), null);
    }

    /** The own municipality's settled months, newest first. */
    @Transactional(readOnly = true)
    public List<SettlementStatement.Run> runs() {
        long municipalityId = accessGuard.requireOwn(Permission.VIEW_SETTLEMENT).user().municipalityId();
        return runsOf(municipalityId);
    }

    private List<SettlementStatement.Run> runsOf(long municipalityId) {
        return jdbc.query("SELECT * FROM settlement_run WHERE municipality_id = :m ORDER BY month DESC", Map.of("m", municipalityId),
                Settlements::run);
    }

    /** The own municipality's settlement of a month, every provider. */
    @Transactional(readOnly = true)
    public Optional<SettlementStatement> statement(YearMonth month) {
        long municipalityId = accessGuard.requireOwn(Permission.VIEW_SETTLEMENT).user().municipalityId();
        return runOf(municipalityId, month).map(run -> statementOf(run, null));
    }

    /** The months a provider has been settled for by its municipality. */
    @Transactional(readOnly = true)
    public List<SettlementStatement.Run> providerRuns(long providerId) {
        accessGuard.require(Permission.VIEW_PROVIDER_STATEMENT, Target.provider(providerId));
        return providers.byId(providerId).map(p -> runsOf(p.getMunicipalityId())).orElse(List.of());
    }

    /** A provider's own statement for a month: only its lines. */
    @Transactional(readOnly = true)
    public Optional<SettlementStatement> providerStatement(long providerId, YearMonth month) {
        accessGuard.require(Permission.VIEW_PROVIDER_STATEMENT, Target.provider(providerId));
        Provider provider = providers.byId(providerId).orElseThrow(() -> new BusinessException("settlement.error.no-provider"));
        return runOf(provider.getMunicipalityId(), month).map(run -> statementOf(run, providerId));
    }

    /** The own municipality's month as CSV: every provider, or one. */
    @Transactional(readOnly = true)
    public byte[] csv(YearMonth month, Long providerId) {
        SettlementStatement statement = statement(month).orElseThrow(() -> new BusinessException("settlement.error.not-settled",
                Danish.month(month)));
        return SettlementCsv.write(providerId == null ? statement : only(statement, providerId));
    }

    /** A provider's own statement as CSV. */
    @Transactional(readOnly = true)
    public byte[] providerCsv(long providerId, YearMonth month) {
        return SettlementCsv.write(providerStatement(providerId, month).orElseThrow(() -> new BusinessException("settlement.error.not-settled",
                Danish.month(month))));
    }

    private SettlementStatement only(SettlementStatement statement, long providerId) {
        return totals(statement.run(), statement.lines().stream().filter(l -> l.providerId() == providerId).toList());
    }

    Optional<SettlementStatement.Run> runOf(long municipalityId, YearMonth month) {
        return jdbc.query("SELECT * FROM settlement_run WHERE municipality_id = :m AND month = :month",
                Map.of("m", municipalityId, "month", month.atDay(1)), Settlements::run).stream().findFirst();
    }

    private SettlementStatement.Run runById(long id) {
        return jdbc.queryForObject("SELECT * FROM settlement_run WHERE id = :id", Map.of("id", id), Settlements::run);
    }

    private SettlementStatement statementOf(SettlementStatement.Run run, Long providerId) {
        Map<Long, String> providerNames = names(run.municipalityId());
        Map<Long, String> areaNames = municipalities.serviceAreas(run.municipalityId()).stream()
                .collect(Collectors.toMap(ServiceArea::getId, ServiceArea::getName));
        MapSqlParameterSource params = new MapSqlParameterSource("r", run.id()).addValue("p", providerId == null ? 0L : providerId);
        List<SettlementLine> lines = jdbc.query("SELECT * FROM settlement_line WHERE run_id = :r"
                        + (providerId == null ? "" : " AND provider_id = :p") + " ORDER BY position", params,
                (rs, i) -> line(rs, providerNames::get, areaNames::get));
        return totals(run, lines);
    }

    private Map<Long, String> names(long municipalityId) {
        return providers.inMunicipality(municipalityId).stream().collect(Collectors.toMap(Provider::getId, Provider::getName, (a, b) -> a));
    }

    static SettlementStatement totals(SettlementStatement.Run run, List<SettlementLine> lines) {
        Map<Long, SettlementStatement.Total> byProvider = new LinkedHashMap<>();
        Map<Long, SettlementStatement.Total> byArea = new LinkedHashMap<>();
        long total = 0;
        for (SettlementLine l : lines) {
            byProvider.merge(l.providerId(), new SettlementStatement.Total(l.providerId(), l.providerName(), l.amountOre()),
                    (a, b) -> new SettlementStatement.Total(a.id(), a.name(), a.amountOre() + b.amountOre()));
            byArea.merge(l.serviceAreaId(), new SettlementStatement.Total(l.serviceAreaId(), l.serviceAreaName(), l.amountOre()),
                    (a, b) -> new SettlementStatement.Total(a.id(), a.name(), a.amountOre() + b.amountOre()));
            total += l.amountOre();
        }
        return new SettlementStatement(run, lines,
                byProvider.values().stream().sorted(Comparator.comparing(SettlementStatement.Total::name)).toList(),
                byArea.values().stream().sorted(Comparator.comparing(SettlementStatement.Total::name)).toList(), total);
    }

    // --- corrections of locked months ---

    private record Key(long providerId, long areaId, LineKind kind, SettlementUnit unit, long priceOre) {
    }

    private List<SettlementLine> corrections(long municipalityId, YearMonth month, long thisRunId) {
        List<SettlementStatement.Run> locked = jdbc.query("""
                SELECT * FROM settlement_run WHERE municipality_id = :m AND status = 'LOCKED' AND month < :month AND month >= :since
                ORDER BY month""", new MapSqlParameterSource("m", municipalityId).addValue("month", month.atDay(1))
                .addValue("since", month.minusMonths(CORRECTION_MONTHS).atDay(1)), Settlements::run);
        List<SettlementLine> corrections = new ArrayList<>();
        for (SettlementStatement.Run old : locked) {
            Map<Key, List<SettlementLine>> expected = byKey(engine.compute(municipalityId, old.month(), models.termsIn(municipalityId, old.month())));
            Map<Long, String> providerNames = names(municipalityId);
            Map<Long, String> areaNames = municipalities.serviceAreas(municipalityId).stream()
                    .collect(Collectors.toMap(ServiceArea::getId, ServiceArea::getName));
            List<SettlementLine> settledLines = jdbc.query("""
                    SELECT * FROM settlement_line
                    WHERE (run_id = :old AND corrects_month IS NULL) OR (corrects_month = :month AND run_id <> :this)""",
                    new MapSqlParameterSource("old", old.id()).addValue("month", old.month().atDay(1)).addValue("this", thisRunId),
                    (rs, i) -> line(rs, providerNames::get, areaNames::get));
            Map<Key, List<SettlementLine>> settled = byKey(settledLines);
            java.util.Set<Key> keys = new java.util.LinkedHashSet<>(expected.keySet());
            keys.addAll(settled.keySet());
            for (Key key : keys) {
                if (key.priceOre() == 0) {
                    continue;
                }
                List<SettlementLine> now = expected.getOrDefault(key, List.of());
                List<SettlementLine> before = settled.getOrDefault(key, List.of());
                BigDecimal quantity = sum(now, SettlementLine::quantity).subtract(sum(before, SettlementLine::quantity));
                long amount = now.stream().mapToLong(SettlementLine::amountOre).sum() - before.stream().mapToLong(SettlementLine::amountOre).sum();
                if (amount == 0 && quantity.signum() == 0) {
                    continue;
                }
                SettlementLine sample = now.isEmpty() ? before.getFirst() : now.getFirst();
                String nowText = now.isEmpty() ? "intet at betale" : now.stream().map(SettlementLine::reason).collect(Collectors.joining("; "));
                String reason = "Rettelse til " + Danish.month(old.month()) + " (låst " + Danish.day(old.lockedAt()
                        .atZone(TimeConfiguration.DANISH_TIME).toLocalDate()) + "), efter besøg eller forløb indberettet eller rettet senere: nu "
                        + nowText + "; tidligere afregnet " + Danish.decimal(sum(before, SettlementLine::quantity)) + " " + Danish.unit(key.unit())
                        + " = " + Danish.kroner(before.stream().mapToLong(SettlementLine::amountOre).sum());
                corrections.add(new SettlementLine(key.providerId(), sample.providerName(), key.areaId(), sample.serviceAreaName(), key.kind(),
                        quantity, key.unit(), key.priceOre(), amount, reason, old.month()));
            }
        }
        return corrections;
    }

    private static Map<Key, List<SettlementLine>> byKey(List<SettlementLine> lines) {
        Map<Key, List<SettlementLine>> map = new LinkedHashMap<>();
        lines.forEach(l -> map.computeIfAbsent(new Key(l.providerId(), l.serviceAreaId(), l.kind(), l.unit(), l.priceOre()),
                k -> new ArrayList<>()).add(l));
        return map;
    }

    private static BigDecimal sum(List<SettlementLine> lines, Function<SettlementLine, BigDecimal> f) {
        return lines.stream().map(f).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static SettlementLine line(ResultSet rs, Function<Long, String> providerName, Function<Long, String> areaName) throws SQLException {
        java.sql.Date corrects = rs.getDate("corrects_month");
        long providerId = rs.getLong("provider_id");
        long areaId = rs.getLong("service_area_id");
        return new SettlementLine(providerId, Objects.requireNonNullElse(providerName.apply(providerId), "Leverandør " + providerId), areaId,
                Objects.requireNonNullElse(areaName.apply(areaId), ""), LineKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("quantity"), SettlementUnit.valueOf(rs.getString("unit")), rs.getLong("price_ore"), rs.getLong("amount_ore"),
                rs.getString("reason"), corrects == null ? null : YearMonth.from(corrects.toLocalDate()));
    }

    private static SettlementStatement.Run run(ResultSet rs, int row) throws SQLException {
        LocalDateTime locked = rs.getObject("locked_at", LocalDateTime.class);
        return new SettlementStatement.Run(rs.getLong("id"), rs.getLong("municipality_id"), YearMonth.from(rs.getDate("month").toLocalDate()),
                SettlementStatement.Status.valueOf(rs.getString("status")),
                rs.getObject("computed_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("computed_by"),
                locked == null ? null : locked.toInstant(ZoneOffset.UTC), rs.getString("locked_by"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
