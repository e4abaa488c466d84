package dk.fritvalg.api;

import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderAgreement;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.ApiPrincipal;
import dk.fritvalg.security.ApiScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Municipalities, service areas, providers and agreements: public information, for any key with reference:read. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Municipalities and providers", description = "Public reference data (scope reference:read).")
class ReferenceApi {

    @Schema(name = "Municipality")
    record MunicipalityDto(long id, @Schema(example = "0710") String code, String name, String regionCode, String regionName) {
        static MunicipalityDto of(Municipality m) {
            return new MunicipalityDto(m.getId(), m.getCode(), m.getName(), m.getRegionCode(), m.getRegionName());
        }
    }

    @Schema(name = "ServiceArea")
    record ServiceAreaDto(long id, String kind, String name, String legalBasis) {
        static ServiceAreaDto of(ServiceArea a) {
            return new ServiceAreaDto(a.getId(), a.getKind().name(), a.getName(), a.getLegalBasis().name());
        }
    }

    @Schema(name = "Provider")
    record ProviderDto(long id, String name, String cvr, String type, long municipalityId, boolean suspended, Instant updatedAt) {
        static ProviderDto of(Provider p) {
            return new ProviderDto(p.getId(), p.getName(), p.getCvr(), p.getType().name(), p.getMunicipalityId(), p.isSuspended(),
                    p.getUpdatedAt());
        }
    }

    @Schema(name = "Agreement")
    record AgreementDto(long id, long serviceAreaId, String model, LocalDate validFrom, LocalDate validTo, Integer capacity) {
        static AgreementDto of(ProviderAgreement a) {
            return new AgreementDto(a.getId(), a.getServiceAreaId(), a.getModel().name(), a.getValidFrom(), a.getValidTo(), a.getCapacity());
        }
    }

    @Schema(name = "ProviderWithAgreements")
    record ProviderDetailsDto(ProviderDto provider, List<AgreementDto> agreements) {
    }

    private final MunicipalityService municipalities;
    private final ProviderService providers;

    ReferenceApi(MunicipalityService municipalities, ProviderService providers) {
        this.municipalities = municipalities;
        this.providers = providers;
    }

    @GetMapping("/municipalities")
    @Operation(summary = "The municipalities on the portal")
    ApiPage<MunicipalityDto> municipalities(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        ApiPrincipal.require(ApiScope.REFERENCE_READ);
        int size = Cursor.limit(limit);
        long after = Cursor.decode(cursor, Cursor.start()).id();
        List<Municipality> found = municipalities.all().stream().filter(Municipality::isOnPortal).filter(m -> m.getId() > after)
                .sorted(Comparator.comparing(Municipality::getId)).limit(size + 1L).toList();
        return ApiPage.of(found, size, MunicipalityDto::of, m -> new Cursor(Instant.EPOCH, m.getId()));
    }

    @GetMapping("/municipalities/{code}/service-areas")
    @Operation(summary = "A municipality's service areas")
    List<ServiceAreaDto> serviceAreas(@PathVariable String code) {
        ApiPrincipal.require(ApiScope.REFERENCE_READ);
        return municipalities.serviceAreas(municipality(code).getId()).stream().map(ServiceAreaDto::of).toList();
    }

    @GetMapping("/municipalities/{code}/providers")
    @Operation(summary = "A municipality's providers, in id order")
    ApiPage<ProviderDto> providers(@PathVariable String code, @RequestParam(required = false) String cursor,
                                   @RequestParam(required = false) Integer limit) {
        ApiPrincipal.require(ApiScope.REFERENCE_READ);
        int size = Cursor.limit(limit);
        long after = Cursor.decode(cursor, Cursor.start()).id();
        List<Provider> found = providers.inMunicipality(municipality(code).getId()).stream().filter(p -> p.getId() > after)
                .sorted(Comparator.comparing(Provider::getId)).limit(size + 1L).toList();
        return ApiPage.of(found, size, ProviderDto::of, p -> new Cursor(Instant.EPOCH, p.getId()));
    }

    @GetMapping("/providers/{id}")
    @Operation(summary = "A provider with its agreements")
    ProviderDetailsDto provider(@PathVariable long id) {
        ApiPrincipal.require(ApiScope.REFERENCE_READ);
        Provider provider = providers.byId(id).orElseThrow(() -> ApiException.notFound("No such provider."));
        return new ProviderDetailsDto(ProviderDto.of(provider), providers.agreements(id).stream().map(AgreementDto::of).toList());
    }

    private Municipality municipality(String code) {
        return municipalities.byCode(code).filter(Municipality::isOnPortal)
                .orElseThrow(() -> ApiException.notFound("No municipality with code " + code + " on the portal."));
    }
}
