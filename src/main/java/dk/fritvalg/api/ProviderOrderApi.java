package dk.fritvalg.api;

import dk.fritvalg.ordering.Occurrence;
import dk.fritvalg.ordering.OrderLine;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.ProviderOrders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A provider's add-on orders and their visits, for the provider's own system. */
@RestController
@RequestMapping(path = "/api/v1/providers/{providerId}/orders", produces = "application/json")
@Tag(name = "Add-on orders", description = "For a provider's own system (scope orders:read); only its own orders.")
class ProviderOrderApi {

    @Schema(name = "OrderLine")
    record LineDto(String name, int quantity, long unitPriceOre, int vatRatePercent) {
        static LineDto of(OrderLine l) {
            return new LineDto(l.getName(), l.getQuantity(), l.getUnitPriceOre(), l.getVatRatePercent());
        }
    }

    @Schema(name = "Visit")
    record VisitDto(long id, LocalDate date, LocalTime windowStart, LocalTime windowEnd, LocalTime confirmedTime, String status,
                    long chargeOre, Instant deliveredAt) {
        static VisitDto of(Occurrence o) {
            return new VisitDto(o.getId(), o.getServiceDate(), o.getWindowStart(), o.getWindowEnd(), o.getConfirmedTime(),
                    o.getStatus().name(), o.getChargeOre(), o.getDeliveredAt());
        }
    }

    @Schema(name = "AddOnOrder")
    record OrderDto(long id, String status, String citizenName, String deliveryAddress, String recurrence,
                    @Schema(description = "Price of one visit in øre, VAT included") long pricePerVisitOre, long vatOre,
                    String paymentMethod, Instant placedAt, List<LineDto> lines, List<VisitDto> visits) {
        static OrderDto of(OrderingService.OrderDetails d) {
            var o = d.order();
            return new OrderDto(o.getId(), o.getStatus().name(), o.getCitizenName(), o.getDeliveryAddress(),
                    o.getRecurrence() == null ? null : o.getRecurrence().name(), o.getPricePerOccurrenceOre(), o.getVatOre(),
                    o.getPaymentMethod().name(), o.getPlacedAt(), d.lines().stream().map(LineDto::of).toList(),
                    d.occurrences().stream().map(VisitDto::of).toList());
        }
    }

    private final ProviderOrders orders;

    ProviderOrderApi(ProviderOrders orders) {
        this.orders = orders;
    }

    @GetMapping
    @Operation(summary = "The provider's add-on orders with their visits, in id order")
    ApiPage<OrderDto> list(@PathVariable long providerId, @RequestParam(required = false) String cursor,
                           @RequestParam(required = false) Integer limit) {
        int size = Cursor.limit(limit);
        long after = Cursor.decode(cursor, Cursor.start()).id();
        return ApiPage.of(orders.page(providerId, after, size + 1), size, OrderDto::of, d -> new Cursor(Instant.EPOCH, d.order().getId()));
    }
}
