package dk.fritvalg.api;

import dk.fritvalg.citizen.CareSystemCitizens;
import dk.fritvalg.citizen.ProviderChoice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who is whose provider from which date; a care system polls with changedSince. */
@RestController
@RequestMapping(path = "/api/v1/provider-choices", produces = "application/json")
@Tag(name = "Provider choices", description = "For a municipality's care system (scope choices:read).")
class ChoiceApi {

    @Schema(name = "ProviderChoice")
    record ChoiceDto(long id, long citizenId, long serviceAreaId, long providerId, LocalDate validFrom, LocalDate validTo,
                     String reason, Instant madeAt, @Schema(description = "When the choice was made or last changed (ended).") Instant changedAt) {
        static ChoiceDto of(ProviderChoice c) {
            return new ChoiceDto(c.getId(), c.getCitizenId(), c.getServiceAreaId(), c.getProviderId(), c.getValidFrom(), c.getValidTo(),
                    c.getReason().name(), c.getMadeAt(), c.getChangedAt());
        }
    }

    private final CareSystemCitizens citizens;

    ChoiceApi(CareSystemCitizens citizens) {
        this.citizens = citizens;
    }

    @GetMapping
    @Operation(summary = "The municipality's provider choices made or changed after a time, oldest change first",
            description = "Poll with changedSince = the changedAt of the last choice seen (or follow nextCursor to the end of a page run).")
    ApiPage<ChoiceDto> list(@Parameter(description = "ISO-8601 instant, e.g. 2026-12-01T00:00:00Z; omitted: all choices")
                            @RequestParam(required = false) Instant changedSince,
                            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Cursor.limit(limit);
        Cursor start = changedSince == null ? new Cursor(Instant.EPOCH.minusSeconds(1), 0) : new Cursor(changedSince, Long.MAX_VALUE);
        Cursor after = Cursor.decode(cursor, start);
        return ApiPage.of(citizens.choicesChangedAfter(Callers.municipality(), after.at(), after.id(), size + 1), size, ChoiceDto::of,
                c -> new Cursor(c.getChangedAt(), c.getId()));
    }
}
