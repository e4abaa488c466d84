package dk.fritvalg.settlement;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public API: the payment-model simulator. The same month of real visits and courses settled under each model side
 * by side, per provider, with the reasons. Nothing is stored or sent: it computes with the same engine as the real
 * settlement, in a read-only transaction.
 */
@Service
public class ModelSimulator {

    /** One model compared: a key, its Danish description. */
    public record Scenario(String key, String description) {
    }

    /** One provider's amount under each scenario (øre, by scenario key). */
    public record Row(long providerId, String providerName, Map<String, Long> amounts) {
        public long amount(String scenario) {
            return amounts.getOrDefault(scenario, 0L);
        }
    }

    public record Simulation(YearMonth month, List<Scenario> scenarios, List<Row> rows, Map<String, Long> totals,
                             Map<String, List<SettlementLine>> lines) {
    }

    public static final String CURRENT = "current";

    private final SettlementEngine engine;
    private final PaymentModels models;
    private final MunicipalityService municipalities;
    private final AccessGuard accessGuard;

    ModelSimulator(SettlementEngine engine, PaymentModels models, MunicipalityService municipalities, AccessGuard accessGuard) {
        this.engine = engine;
        this.models = models;
        this.municipalities = municipalities;
        this.accessGuard = accessGuard;
    }

    @Transactional(readOnly = true)
    public Simulation simulate(YearMonth month) {
        long municipalityId = accessGuard.requireOwn(Permission.VIEW_SETTLEMENT).user().municipalityId();
        List<ServiceArea> areas = municipalities.serviceAreas(municipalityId);
        Map<Long, PaymentTerms> current = models.termsIn(municipalityId, month);
        PaymentTerms rule = current.values().stream().filter(PaymentTerms::lateCancellationRule).findFirst().orElse(PaymentTerms.favrskov());
        PaymentTerms combination = current.values().stream().filter(t -> t.kind() == PaymentModelKind.COMBINATION).findFirst()
                .orElse(PaymentTerms.kolding());
        Map<String, Map<Long, PaymentTerms>> scenarios = new LinkedHashMap<>();
        scenarios.put(CURRENT, current);
        scenarios.put("granted", all(areas, PaymentTerms.grantedTime()));
        scenarios.put("granted-rule", all(areas, rule));
        scenarios.put("delivered", all(areas, PaymentTerms.deliveredTime()));
        scenarios.put("result", rehabilitation(areas, current, PaymentTerms.resultBased()));
        scenarios.put("combination", rehabilitation(areas, current, combination));
        Map<String, String> descriptions = Map.of(
                CURRENT, current.isEmpty() ? "Den gældende model (ingen model sat for måneden)" : "Den gældende model for måneden",
                "granted", "Aktivitet: " + PaymentTerms.grantedTime().danish(),
                "granted-rule", "Aktivitet: " + rule.danish(),
                "delivered", "Aktivitet: " + PaymentTerms.deliveredTime().danish(),
                "result", "Resultat på rehabilitering: " + PaymentTerms.resultBased().danish() + "; øvrige områder som gældende",
                "combination", "Kombination på rehabilitering: " + combination.danish() + "; øvrige områder som gældende");
        List<Scenario> list = new ArrayList<>();
        Map<String, List<SettlementLine>> lines = new LinkedHashMap<>();
        Map<Long, Row> rows = new TreeMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        scenarios.forEach((key, terms) -> {
            list.add(new Scenario(key, descriptions.get(key)));
            List<SettlementLine> computed = engine.compute(municipalityId, month, terms);
            lines.put(key, computed);
            long total = 0;
            for (SettlementLine l : computed) {
                rows.computeIfAbsent(l.providerId(), id -> new Row(id, l.providerName(), new HashMap<>()))
                        .amounts().merge(key, l.amountOre(), Long::sum);
                total += l.amountOre();
            }
            totals.put(key, total);
        });
        List<Row> sorted = rows.values().stream().map(r -> new Row(r.providerId(), r.providerName(), Map.copyOf(r.amounts())))
                .sorted(java.util.Comparator.comparing(Row::providerName)).toList();
        return new Simulation(month, List.copyOf(list), sorted, totals, lines);
    }

    private static Map<Long, PaymentTerms> all(List<ServiceArea> areas, PaymentTerms terms) {
        Map<Long, PaymentTerms> map = new HashMap<>();
        areas.forEach(a -> map.put(a.getId(), terms));
        return map;
    }

    private static Map<Long, PaymentTerms> rehabilitation(List<ServiceArea> areas, Map<Long, PaymentTerms> current, PaymentTerms terms) {
        Map<Long, PaymentTerms> map = new HashMap<>(current);
        areas.stream().filter(a -> a.getKind() == ServiceAreaKind.REHABILITATION).forEach(a -> map.put(a.getId(), terms));
        return map;
    }
}
