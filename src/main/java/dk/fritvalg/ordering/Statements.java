package dk.fritvalg.ordering;

import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's monthly statement of add-ons paid by invoice: what has been charged (delivered visits
 * and visits cancelled too late) and, next to it, the visits of the month still to come with what they
 * will cost, so a confirmed weekly arrangement shows before its first visit.
 */
@Service
public class Statements {

    public record Line(LocalDate date, String description, String provider, OccurrenceStatus status, long amountOre, long vatOre) {
    }

    /**
     * @param lines    what has been charged
     * @param upcoming visits not yet delivered, at the price they will be charged
     */
    public record Statement(long citizenId, String citizenName, String address, YearMonth month, List<Line> lines,
                            List<Line> upcoming) {
        public long totalOre() {
            return sum(lines);
        }

        public long vatOre() {
            return lines.stream().mapToLong(Line::vatOre).sum();
        }

        public long upcomingOre() {
            return sum(upcoming);
        }

        /** Charged plus still to come: what the month will cost if nothing changes. */
        public long expectedOre() {
            return totalOre() + upcomingOre();
        }

        public boolean isEmpty() {
            return lines.isEmpty() && upcoming.isEmpty();
        }

        private static long sum(List<Line> lines) {
            return lines.stream().mapToLong(Line::amountOre).sum();
        }
    }

    private final OccurrenceRepository occurrences;
    private final AddOnOrderRepository orders;
    private final OrderLineRepository lines;
    private final CitizenService citizens;
    private final ProviderService providers;

    Statements(OccurrenceRepository occurrences, AddOnOrderRepository orders, OrderLineRepository lines,
               CitizenService citizens, ProviderService providers) {
        this.occurrences = occurrences;
        this.orders = orders;
        this.lines = lines;
        this.citizens = citizens;
        this.providers = providers;
    }

    @Transactional(readOnly = true)
    public Statement statement(long citizenId, YearMonth month) {
        CitizenService.Overview overview = citizens.overview(citizenId);
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        Describer describe = new Describer();
        List<Line> charged = occurrences.chargedInvoiceOccurrences(citizenId, from, to).stream()
                .map(visit -> describe.line(visit, visit.getChargeOre())).toList();
        List<Line> upcoming = occurrences.upcomingInvoiceOccurrences(citizenId, from, to).stream()
                .map(visit -> describe.line(visit, describe.order(visit).getPricePerOccurrenceOre())).toList();
        var citizen = overview.citizen();
        return new Statement(citizenId, citizen.fullName(),
                citizen.getAddress() + ", " + citizen.getPostcode() + " " + citizen.getCity(), month, charged, upcoming);
    }

    /** Turns visits into statement lines, reading each order and provider once. */
    private final class Describer {
        private final Map<Long, AddOnOrder> orderCache = new HashMap<>();
        private final Map<Long, String> providerNames = new HashMap<>();
        private final Map<Long, String> descriptions = new HashMap<>();

        AddOnOrder order(Occurrence visit) {
            return orderCache.computeIfAbsent(visit.getOrderId(), id -> orders.findById(id).orElseThrow());
        }

        Line line(Occurrence visit, long amountOre) {
            AddOnOrder order = order(visit);
            // VAT in proportion to the amount (a visit is charged its full price, VAT included).
            long vat = order.getPricePerOccurrenceOre() == 0 ? 0
                    : Math.round((double) order.getVatOre() * amountOre / order.getPricePerOccurrenceOre());
            return new Line(visit.getServiceDate(),
                    descriptions.computeIfAbsent(order.getId(), id -> OrderMails.what(lines.findByOrderIdOrderById(id))),
                    providerNames.computeIfAbsent(order.getProviderId(), id -> providers.byId(id).map(Provider::getName).orElse("")),
                    visit.getStatus(), amountOre, vat);
        }
    }
}
