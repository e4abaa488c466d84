package dk.fritvalg.api;

import dk.fritvalg.citizen.CareSystemCitizens;
import dk.fritvalg.citizen.Citizen;
import dk.fritvalg.citizen.CitizenDetails;
import dk.fritvalg.citizen.Grant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Citizens and grants of the care system's own municipality, by CPR number. */
@RestController
@RequestMapping(path = "/api/v1/citizens", produces = "application/json")
@Tag(name = "Citizens and grants", description = "For a municipality's care system (scopes citizens:read, citizens:write).")
class CitizenApi {

    @Schema(name = "Citizen")
    record CitizenDto(long id, long version, @Schema(example = "120345-****") String cprMasked, LocalDate birthDate,
                      String firstName, String lastName, String address, String postcode, String city, String email, String phone,
                      boolean nursingHomeResident, Instant updatedAt) {
        static CitizenDto of(Citizen c) {
            return new CitizenDto(c.getId(), c.getVersion(), c.getCprMasked(), c.getBirthDate(), c.getFirstName(), c.getLastName(),
                    c.getAddress(), c.getPostcode(), c.getCity(), c.getEmail(), c.getPhone(), c.isNursingHomeResident(), c.getUpdatedAt());
        }
    }

    @Schema(name = "CitizenDetails")
    record DetailsBody(
            @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String firstName,
            @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String lastName,
            @NotBlank(message = "is required") @Size(max = 200, message = "is at most 200 characters") String address,
            @NotNull(message = "is required") @Pattern(regexp = "\\d{4}", message = "is four digits") String postcode,
            @NotBlank(message = "is required") @Size(max = 100, message = "is at most 100 characters") String city,
            @Size(max = 200, message = "is at most 200 characters") String email,
            @Size(max = 40, message = "is at most 40 characters") String phone,
            Boolean nursingHomeResident) {
        CitizenDetails details() {
            return new CitizenDetails(firstName.strip(), lastName.strip(), address.strip(), postcode, city.strip(),
                    email == null || email.isBlank() ? null : email.strip(), phone == null || phone.isBlank() ? null : phone.strip(),
                    Boolean.TRUE.equals(nursingHomeResident));
        }
    }

    @Schema(name = "NewCitizen")
    record NewCitizenBody(
            @Schema(description = "The CPR number, ten digits with or without the dash. Kept only as a keyed hash and masked.",
                    example = "120345-1234")
            @NotNull(message = "is required") @Pattern(regexp = "\\d{6}-?\\d{4}", message = "is ten digits (DDMMYY-XXXX)") String cpr,
            @NotNull(message = "is required") @Valid DetailsBody details) {
    }

    @Schema(name = "CprSearch")
    record CprBody(@NotNull(message = "is required") @Pattern(regexp = "\\d{6}-?\\d{4}", message = "is ten digits (DDMMYY-XXXX)")
                   String cpr) {
    }

    @Schema(name = "Grant")
    record GrantDto(long id, long version, long serviceAreaId, int minutesPerWeek, LocalDate validFrom, LocalDate validTo) {
        static GrantDto of(Grant g) {
            return new GrantDto(g.getId(), g.getVersion(), g.getServiceAreaId(), g.getMinutesPerWeek(), g.getValidFrom(), g.getValidTo());
        }
    }

    @Schema(name = "NewGrant")
    record NewGrantBody(@NotNull(message = "is required") Long serviceAreaId,
                        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
                        @Max(value = 10080, message = "must be at most 10080") Integer minutesPerWeek,
                        @NotNull(message = "is required") LocalDate validFrom,
                        LocalDate validTo) {
    }

    @Schema(name = "GrantChange")
    record GrantChangeBody(@NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
                           @Max(value = 10080, message = "must be at most 10080") Integer minutesPerWeek,
                           @NotNull(message = "is required") LocalDate validFrom,
                           LocalDate validTo) {
    }

    private final CareSystemCitizens citizens;
    private final Idempotency idempotency;

    CitizenApi(CareSystemCitizens citizens, Idempotency idempotency) {
        this.citizens = citizens;
        this.idempotency = idempotency;
    }

    @GetMapping
    @Operation(summary = "The municipality's citizens, in id order, a page at a time")
    ApiPage<CitizenDto> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Cursor.limit(limit);
        Cursor after = Cursor.decode(cursor, Cursor.start());
        return ApiPage.of(citizens.list(Callers.municipality(), after.id(), size + 1), size, CitizenDto::of,
                c -> new Cursor(Instant.EPOCH, c.getId()));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Register a citizen by CPR number",
            description = "201 with the new citizen; 200 with the one already registered in the municipality (change it with PUT); "
                    + "409 when the CPR number belongs to a citizen of another municipality.")
    ResponseEntity<CitizenDto> register(@Parameter(required = true) @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                        @Valid @RequestBody NewCitizenBody body) {
        long municipality = Callers.municipality();
        return idempotency.run(key, "POST /citizens", body, CitizenDto.class, () -> {
            CareSystemCitizens.Registered registered;
            try {
                registered = citizens.register(municipality, body.cpr(), body.details().details());
            } catch (DateTimeException e) {
                throw new ApiException(400, "invalid-request", "Invalid request", "cpr", "does not start with a valid birth date");
            }
            CitizenDto dto = CitizenDto.of(registered.citizen());
            return (registered.created() ? ResponseEntity.created(URI.create("/api/v1/citizens/" + dto.id())) : ResponseEntity.ok())
                    .eTag(Etags.of(dto.version())).body(dto);
        });
    }

    @PostMapping(path = "/search", consumes = "application/json")
    @Operation(summary = "Find the municipality's citizen by CPR number (in the body, never in an address)")
    ResponseEntity<CitizenDto> search(@Valid @RequestBody CprBody body) {
        Citizen citizen = citizens.findByCpr(Callers.municipality(), body.cpr())
                .orElseThrow(() -> ApiException.notFound("No citizen with this CPR number in the municipality."));
        return ResponseEntity.ok().eTag(Etags.of(citizen.getVersion())).body(CitizenDto.of(citizen));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One citizen; the ETag is needed to change it")
    ResponseEntity<CitizenDto> get(@PathVariable long id) {
        Citizen citizen = citizens.get(Callers.municipality(), id).orElseThrow(() -> ApiException.notFound("No such citizen."));
        return ResponseEntity.ok().eTag(Etags.of(citizen.getVersion())).body(CitizenDto.of(citizen));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Change name, address and contact details (If-Match: the ETag last read)")
    ResponseEntity<CitizenDto> update(@PathVariable long id,
                                      @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody DetailsBody body) {
        long version = Etags.required(ifMatch);
        Citizen citizen = citizens.update(Callers.municipality(), id, version, body.details());
        return ResponseEntity.ok().eTag(Etags.of(citizen.getVersion())).body(CitizenDto.of(citizen));
    }

    @GetMapping("/{id}/grants")
    @Operation(summary = "The citizen's grants, oldest first")
    java.util.List<GrantDto> grants(@PathVariable long id) {
        return citizens.grants(Callers.municipality(), id).stream().map(GrantDto::of).toList();
    }

    @PostMapping(path = "/{id}/grants", consumes = "application/json")
    @Operation(summary = "Grant help in one of the municipality's service areas")
    ResponseEntity<GrantDto> addGrant(@PathVariable long id,
                                      @Parameter(required = true) @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                      @Valid @RequestBody NewGrantBody body) {
        long municipality = Callers.municipality();
        return idempotency.run(key, "POST /citizens/" + id + "/grants", body, GrantDto.class, () -> {
            Grant grant = citizens.addGrant(municipality, id, body.serviceAreaId(), body.minutesPerWeek(), body.validFrom(), body.validTo());
            return ResponseEntity.created(URI.create("/api/v1/citizens/" + id + "/grants/" + grant.getId()))
                    .eTag(Etags.of(grant.getVersion())).body(GrantDto.of(grant));
        });
    }

    @PutMapping(path = "/{id}/grants/{grantId}", consumes = "application/json")
    @Operation(summary = "Change a grant's minutes and period (If-Match: the grant's version as last read)")
    ResponseEntity<GrantDto> changeGrant(@PathVariable long id, @PathVariable long grantId,
                                         @Parameter(required = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody GrantChangeBody body) {
        long version = Etags.required(ifMatch);
        Grant grant = citizens.changeGrant(Callers.municipality(), id, grantId, version, body.minutesPerWeek(), body.validFrom(),
                body.validTo());
        return ResponseEntity.ok().eTag(Etags.of(grant.getVersion())).body(GrantDto.of(grant));
    }
}
