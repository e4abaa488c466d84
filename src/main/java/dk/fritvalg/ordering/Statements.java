package dk.fritvalg.ordering;

import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The citizen's monthly statement of add-ons paid by invoice: delivered visits and visits cancelled too late. */
@Service
public class Statements {

    public record Line(LocalDate date, String description, String provider, OccurrenceStatus status, long amountOre, long vatOre) {
    }

    public record Statement(long citizenId, String citizenName, String address, YearMonth month, List<Line> lines) {
        public long totalOre() {
            return lines.stream().mapToLong(Line::amountOre).sum();
        }

        public long vatOre() {
            return lines.stream().mapToLong(Line::vatOre).sum();
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
        Map<Long, AddOnOrder> orderCache = new HashMap<>();
        Map<Long, String> providerNames = new HashMap<>();
        List<Line> result = new ArrayList<>();
        for (Occurrence visit : occurrences.chargedInvoiceOccurrences(citizenId, month.atDay(1), month.plusMonths(1).atDay(1))) {
            AddOnOrder order = orderCache.computeIfAbsent(visit.getOrderId(), id -> orders.findById(id).orElseThrow());
            // VAT in proportion to the charge (a visit is charged its full price, VAT included).
            long vat = order.getPricePerOccurrenceOre() == 0 ? 0
                    : Math.round((double) order.getVatOre() * visit.getChargeOre() / order.getPricePerOccurrenceOre());
            result.add(new Line(visit.getServiceDate(), OrderMails.what(lines.findByOrderIdOrderById(order.getId())),
                    providerNames.computeIfAbsent(order.getProviderId(), id -> providers.byId(id).map(Provider::getName).orElse("")),
                    visit.getStatus(), visit.getChargeOre(), vat));
        }
        var citizen = overview.citizen();
        return new Statement(citizenId, citizen.fullName(),
                citizen.getAddress() + ", " + citizen.getPostcode() + " " + citizen.getCity(), month, result);
    }
}
