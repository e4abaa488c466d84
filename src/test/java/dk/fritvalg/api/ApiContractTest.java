package dk.fritvalg.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.citizen.ChoiceReason;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.ApiClients;
import dk.fritvalg.security.ApiScope;
import dk.fritvalg.security.Role;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open API's contract over real HTTP: every endpoint, its errors as problem+json with the wrong field, cursor
 * paging, ETag/If-Match, Idempotency-Key, scopes, rate limit, body limit, the log of calls, and tenant isolation (a
 * Kolding care system never sees or changes a Favrskov citizen). The OpenAPI document is generated and valid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger CPRS = new AtomicInteger((int) (System.nanoTime() % 3000));

    @LocalServerPort
    int port;
    @Autowired
    ApiClients clients;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    ProviderService providers;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private long favrskov;
    private long kolding;
    private String favrskovKey;
    private String koldingKey;
    private String referenceOnlyKey;
    private long omsorgsgruppen;
    private long hjemmepleje;
    private String omsorgsgruppenKey;
    private String hjemmeplejeKey;

    @BeforeAll
    void keys() {
        favrskov = municipalities.byCode("0710").orElseThrow().getId();
        kolding = municipalities.byCode("0621").orElseThrow().getId();
        Set<ApiScope> care = EnumSet.of(ApiScope.REFERENCE_READ, ApiScope.CITIZENS_READ, ApiScope.CITIZENS_WRITE, ApiScope.CHOICES_READ);
        favrskovKey = clients.issueAsSystem("Favrskov Nexus", Role.CARE_SYSTEM, favrskov, null, care, 10_000).key();
        koldingKey = clients.issueAsSystem("Kolding Cura", Role.CARE_SYSTEM, kolding, null, care, 10_000).key();
        referenceOnlyKey = clients.issueAsSystem("Favrskov read-only", Role.CARE_SYSTEM, favrskov, null,
                EnumSet.of(ApiScope.REFERENCE_READ), 10_000).key();
        omsorgsgruppen = providers.byCatalogueKey("favrskov-omsorgsgruppen-midt").orElseThrow().getId();
        hjemmepleje = providers.byCatalogueKey("favrskov-hjemmepleje").orElseThrow().getId();
        omsorgsgruppenKey = clients.issueAsSystem("Omsorgsgruppen planning", Role.PROVIDER_SYSTEM, null, omsorgsgruppen,
                EnumSet.of(ApiScope.ORDERS_READ, ApiScope.REFERENCE_READ), 10_000).key();
        hjemmeplejeKey = clients.issueAsSystem("Hjemmeplejen", Role.PROVIDER_SYSTEM, null, hjemmepleje,
                EnumSet.of(ApiScope.ORDERS_READ), 10_000).key();
    }

    // --- the document -----------------------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentIsGeneratedValidAndDescribesEveryEndpoint() throws Exception {
        HttpResponse<String> doc = send("GET", "/api/v1/openapi.json", null, null, Map.of());
        assertThat(doc.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(doc.body());
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(parsed.getOpenAPI().getPaths().keySet()).contains(
                "/api/v1/municipalities", "/api/v1/municipalities/{code}/service-areas", "/api/v1/municipalities/{code}/providers",
                "/api/v1/providers/{id}", "/api/v1/citizens", "/api/v1/citizens/search", "/api/v1/citizens/{id}",
                "/api/v1/citizens/{id}/grants", "/api/v1/citizens/{id}/grants/{grantId}", "/api/v1/provider-choices",
                "/api/v1/providers/{providerId}/orders");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKey("apiKey");
        assertThat(parsed.getOpenAPI().getPaths().keySet()).allMatch(path -> path.startsWith("/api/v1/"));

        HttpResponse<String> ui = send("GET", "/api/v1/docs", null, null, Map.of());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    // --- authentication, scopes, limits ----------------------------------------------------------------------

    @Test
    void withoutAValidKeyEveryCallIsRefusedAsProblemJson() throws Exception {
        HttpResponse<String> none = send("GET", "/api/v1/municipalities", null, null, Map.of());
        assertProblem(none, 401, "unauthorized");
        assertProblem(send("GET", "/api/v1/citizens", "fv_not-a-key", null, Map.of()), 401, "unauthorized");
        ApiClients.IssuedKey revoked = clients.issueAsSystem("Soon revoked", Role.CARE_SYSTEM, favrskov, null,
                EnumSet.of(ApiScope.REFERENCE_READ), 100);
        assertThat(send("GET", "/api/v1/municipalities", revoked.key(), null, Map.of()).statusCode()).isEqualTo(200);
        jdbc.update("UPDATE api_client SET revoked_at = NOW() WHERE id = ?", revoked.clientId());
        assertProblem(send("GET", "/api/v1/municipalities", revoked.key(), null, Map.of()), 401, "unauthorized");
        // Keys are kept only as hashes.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_client WHERE key_hash = ?", Integer.class, revoked.key())).isZero();
    }

    @Test
    void aKeyDoesOnlyWhatItsScopesAndTenantAllow() throws Exception {
        assertProblem(send("GET", "/api/v1/citizens", referenceOnlyKey, null, Map.of()), 403, "forbidden");
        assertProblem(send("GET", "/api/v1/citizens", omsorgsgruppenKey, null, Map.of()), 403, "forbidden");
        assertProblem(send("GET", "/api/v1/provider-choices", omsorgsgruppenKey, null, Map.of()), 403, "forbidden");
        assertProblem(send("GET", "/api/v1/providers/" + omsorgsgruppen + "/orders", favrskovKey, null, Map.of()), 403, "forbidden");
        assertProblem(send("GET", "/api/v1/providers/" + omsorgsgruppen + "/orders", hjemmeplejeKey, null, Map.of()), 403, "forbidden");
        assertProblem(send("GET", "/api/v1/municipalities", hjemmeplejeKey, null, Map.of()), 403, "forbidden");
    }

    @Test
    void eachClientHasARateLimit() throws Exception {
        String slow = clients.issueAsSystem("Slow client", Role.CARE_SYSTEM, favrskov, null, EnumSet.of(ApiScope.REFERENCE_READ), 3).key();
        for (int i = 0; i < 3; i++) {
            assertThat(send("GET", "/api/v1/municipalities", slow, null, Map.of()).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = send("GET", "/api/v1/municipalities", slow, null, Map.of());
        assertProblem(limited, 429, "rate-limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        // Another client is not slowed down by it.
        assertThat(send("GET", "/api/v1/municipalities", favrskovKey, null, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void aTooLargeBodyIsRefusedBeforeItIsRead() throws Exception {
        String huge = "{\"cpr\":\"" + "1".repeat(300_000) + "\"}";
        assertProblem(send("POST", "/api/v1/citizens", favrskovKey, huge, Map.of("Idempotency-Key", "huge-1")), 413, "body-too-large");
    }

    @Test
    void everyCallIsLogged() throws Exception {
        String key = clients.issueAsSystem("Logged client", Role.CARE_SYSTEM, favrskov, null, EnumSet.of(ApiScope.REFERENCE_READ), 100).key();
        send("GET", "/api/v1/municipalities", key, null, Map.of());
        send("GET", "/api/v1/citizens", key, null, Map.of());
        List<Map<String, Object>> calls = jdbc.queryForList("""
                SELECT c.method, c.path, c.status FROM api_call c JOIN api_client k ON k.id = c.client_id
                WHERE k.name = 'Logged client' ORDER BY c.id""");
        assertThat(calls).extracting(c -> c.get("path") + " " + c.get("status"))
                .containsExactly("/api/v1/municipalities 200", "/api/v1/citizens 403");
    }

    // --- reference data and paging -------------------------------------------------------------------------

    @Test
    void municipalitiesServiceAreasProvidersAndAgreementsArePagedWithACursor() throws Exception {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = json(send("GET", "/api/v1/municipalities?limit=1" + (cursor == null ? "" : "&cursor=" + cursor), favrskovKey,
                    null, Map.of()), 200);
            assertThat(page.get("items")).hasSizeLessThanOrEqualTo(1);
            page.get("items").forEach(m -> codes.add(m.get("code").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 200);
        assertThat(codes).contains("0710", "0621").doesNotHaveDuplicates();

        JsonNode areas = json(send("GET", "/api/v1/municipalities/0710/service-areas", favrskovKey, null, Map.of()), 200);
        assertThat(areas).isNotEmpty();
        assertThat(areas.get(0).has("legalBasis")).isTrue();
        JsonNode providerPage = json(send("GET", "/api/v1/municipalities/0710/providers?limit=200", favrskovKey, null, Map.of()), 200);
        List<Long> ids = new ArrayList<>();
        providerPage.get("items").forEach(p -> ids.add(p.get("id").asLong()));
        assertThat(ids).contains(omsorgsgruppen, hjemmepleje);
        JsonNode provider = json(send("GET", "/api/v1/providers/" + omsorgsgruppen, favrskovKey, null, Map.of()), 200);
        assertThat(provider.get("provider").get("name").asString()).contains("Omsorgsgruppen");
        assertThat(provider.get("agreements")).isNotEmpty();

        assertProblem(send("GET", "/api/v1/municipalities/9999/service-areas", favrskovKey, null, Map.of()), 404, "not-found");
        assertProblem(send("GET", "/api/v1/providers/99999999", favrskovKey, null, Map.of()), 404, "not-found");
        assertField(send("GET", "/api/v1/municipalities?cursor=rubbish", favrskovKey, null, Map.of()), 400, "cursor");
        assertField(send("GET", "/api/v1/municipalities?limit=0", favrskovKey, null, Map.of()), 400, "limit");
        assertField(send("GET", "/api/v1/municipalities?limit=201", favrskovKey, null, Map.of()), 400, "limit");
        assertField(send("GET", "/api/v1/providers/abc", favrskovKey, null, Map.of()), 400, "id");
    }

    // --- citizens and grants -------------------------------------------------------------------------------

    @Test
    void aCareSystemRegistersACitizenOnceAndChangesItWithIfMatch() throws Exception {
        String cpr = newCpr();
        String body = newCitizen(cpr, "8370", "Hadsten");
        HttpResponse<String> created = send("POST", "/api/v1/citizens", favrskovKey, body, Map.of("Idempotency-Key", "create-" + cpr));
        JsonNode citizen = json(created, 201);
        long id = citizen.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/citizens/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(citizen.get("cprMasked").asString()).isEqualTo(cpr.substring(0, 6) + "-****");
        // The CPR number itself is nowhere in the row: only the keyed hash and the masked form.
        Map<String, Object> row = jdbc.queryForMap("SELECT cpr_hash, cpr_masked FROM citizen WHERE id = ?", id);
        assertThat(row.values()).noneMatch(v -> String.valueOf(v).contains(cpr.substring(6)));
        assertThat(audit(id, "CITIZEN_REGISTERED")).isEqualTo(1);

        // The same create again with the same key: the first answer, nothing new.
        HttpResponse<String> again = send("POST", "/api/v1/citizens", favrskovKey, body, Map.of("Idempotency-Key", "create-" + cpr));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(again.body()).get("id").asLong()).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM citizen WHERE cpr_masked = ? AND municipality_id = ?", Integer.class,
                cpr.substring(0, 6) + "-****", favrskov)).isEqualTo(1);
        // The key with another body is refused; a new key for the same CPR finds the citizen (200, not a second one).
        assertField(send("POST", "/api/v1/citizens", favrskovKey, newCitizen(cpr, "8370", "Hammel"), Map.of("Idempotency-Key", "create-" + cpr)),
                422, "Idempotency-Key");
        assertThat(json(send("POST", "/api/v1/citizens", favrskovKey, body, Map.of("Idempotency-Key", "again-" + cpr)), 200)
                .get("id").asLong()).isEqualTo(id);
        assertField(send("POST", "/api/v1/citizens", favrskovKey, body, Map.of()), 400, "Idempotency-Key");

        // Read, then change with If-Match.
        HttpResponse<String> read = send("GET", "/api/v1/citizens/" + id, favrskovKey, null, Map.of());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String change = "{\"firstName\":\"Else\",\"lastName\":\"Nyt-Navn\",\"address\":\"Ny Vej 2\",\"postcode\":\"8370\",\"city\":\"Hadsten\","
                + "\"email\":\"else@example.dk\",\"phone\":\"12345678\",\"nursingHomeResident\":false}";
        assertField(send("PUT", "/api/v1/citizens/" + id, favrskovKey, change, Map.of()), 428, "If-Match");
        assertField(send("PUT", "/api/v1/citizens/" + id, favrskovKey, change, Map.of("If-Match", "\"41\"")), 412, "If-Match");
        assertField(send("PUT", "/api/v1/citizens/" + id, favrskovKey, change, Map.of("If-Match", "nonsense")), 400, "If-Match");
        HttpResponse<String> changed = send("PUT", "/api/v1/citizens/" + id, favrskovKey, change, Map.of("If-Match", etag));
        assertThat(json(changed, 200).get("lastName").asString()).isEqualTo("Nyt-Navn");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertField(send("PUT", "/api/v1/citizens/" + id, favrskovKey, change, Map.of("If-Match", etag)), 412, "If-Match");
        assertThat(audit(id, "CITIZEN_UPDATED")).isEqualTo(1);

        // Find by CPR (in the body); list with paging.
        assertThat(json(send("POST", "/api/v1/citizens/search", favrskovKey, "{\"cpr\":\"" + cpr + "\"}", Map.of()), 200)
                .get("id").asLong()).isEqualTo(id);
        assertProblem(send("POST", "/api/v1/citizens/search", favrskovKey, "{\"cpr\":\"" + newCpr() + "\"}", Map.of()), 404, "not-found");
        assertThat(allIds("/api/v1/citizens", favrskovKey)).contains(id);
        assertThat(audit(id, "LOOKED")).isPositive();
    }

    @Test
    void badInputNamesTheWrongFieldInEnglish() throws Exception {
        HttpResponse<String> bad = send("POST", "/api/v1/citizens", favrskovKey,
                "{\"cpr\":\"12345\",\"details\":{\"firstName\":\"\",\"lastName\":\"B\",\"address\":\"Vej 1\",\"postcode\":\"83\",\"city\":\"By\"}}",
                Map.of("Idempotency-Key", "bad-1"));
        JsonNode problem = json(bad, 400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("cpr", "details.firstName", "details.postcode");
        assertThat(problem.get("errors").get(0).get("message").asString()).matches("[A-Za-z0-9 ()\\-]+");

        assertField(send("POST", "/api/v1/citizens", favrskovKey, newCitizen("3102451234", "8370", "By"), Map.of("Idempotency-Key", "bad-2")),
                400, "cpr");
        assertField(send("POST", "/api/v1/citizens", favrskovKey,
                newCitizen(newCpr(), "8370", "By").replace("\"email\":null", "\"email\":\"not an address\""), Map.of("Idempotency-Key", "bad-3")),
                422, "email");
        assertField(send("POST", "/api/v1/citizens", favrskovKey, "{\"cpr\": 12, \"details\": []}", Map.of("Idempotency-Key", "bad-4")), 400,
                "details");
        assertProblem(send("POST", "/api/v1/citizens", favrskovKey, "{not json", Map.of("Idempotency-Key", "bad-5")), 400, "invalid-request");
    }

    @Test
    void grantsAreAddedOnceAndChangedWithIfMatch() throws Exception {
        long id = register(favrskovKey, newCpr());
        long practical = municipalities.serviceArea(favrskov, ServiceAreaKind.PRACTICAL_HELP).orElseThrow().getId();
        long koldingArea = municipalities.serviceArea(kolding, ServiceAreaKind.PRACTICAL_HELP).orElseThrow().getId();
        String grant = "{\"serviceAreaId\":" + practical + ",\"minutesPerWeek\":90,\"validFrom\":\"2026-12-01\"}";
        HttpResponse<String> added = send("POST", "/api/v1/citizens/" + id + "/grants", favrskovKey, grant, Map.of("Idempotency-Key", "g-" + id));
        long grantId = json(added, 201).get("id").asLong();
        assertThat(send("POST", "/api/v1/citizens/" + id + "/grants", favrskovKey, grant, Map.of("Idempotency-Key", "g-" + id)).statusCode())
                .isEqualTo(201);
        JsonNode grants = json(send("GET", "/api/v1/citizens/" + id + "/grants", favrskovKey, null, Map.of()), 200);
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).get("minutesPerWeek").asInt()).isEqualTo(90);

        String etag = added.headers().firstValue("ETag").orElseThrow();
        String change = "{\"minutesPerWeek\":120,\"validFrom\":\"2026-12-01\",\"validTo\":\"2027-06-30\"}";
        JsonNode changed = json(send("PUT", "/api/v1/citizens/" + id + "/grants/" + grantId, favrskovKey, change, Map.of("If-Match", etag)), 200);
        assertThat(changed.get("minutesPerWeek").asInt()).isEqualTo(120);
        assertThat(changed.get("validTo").asString()).isEqualTo("2027-06-30");
        assertField(send("PUT", "/api/v1/citizens/" + id + "/grants/" + grantId, favrskovKey, change, Map.of("If-Match", etag)), 412, "If-Match");
        assertThat(audit(id, "GRANT_ADDED")).isEqualTo(1);
        assertThat(audit(id, "GRANT_CHANGED")).isEqualTo(1);

        assertField(send("POST", "/api/v1/citizens/" + id + "/grants", favrskovKey,
                "{\"serviceAreaId\":" + koldingArea + ",\"minutesPerWeek\":90,\"validFrom\":\"2026-12-01\"}", Map.of("Idempotency-Key", "g2-" + id)),
                422, "serviceAreaId");
        assertField(send("POST", "/api/v1/citizens/" + id + "/grants", favrskovKey,
                "{\"serviceAreaId\":" + practical + ",\"minutesPerWeek\":0,\"validFrom\":\"2026-12-01\"}", Map.of("Idempotency-Key", "g3-" + id)),
                400, "minutesPerWeek");
        assertField(send("POST", "/api/v1/citizens/" + id + "/grants", favrskovKey,
                "{\"serviceAreaId\":" + practical + ",\"minutesPerWeek\":30,\"validFrom\":\"2026-12-01\",\"validTo\":\"2026-11-01\"}",
                Map.of("Idempotency-Key", "g4-" + id)), 422, "validTo");
        assertField(send("POST", "/api/v1/citizens/" + id + "/grants", favrskovKey,
                "{\"serviceAreaId\":" + practical + ",\"minutesPerWeek\":30,\"validFrom\":\"1. december\"}", Map.of("Idempotency-Key", "g5-" + id)),
                400, "validFrom");
        assertProblem(send("GET", "/api/v1/citizens/" + id + "/grants/", favrskovKey, null, Map.of()), 404, null);
    }

    @Test
    void aKoldingCareSystemNeverSeesNorChangesAFavrskovCitizen() throws Exception {
        String cpr = newCpr();
        long favrskovCitizen = register(favrskovKey, cpr);
        long practical = municipalities.serviceArea(favrskov, ServiceAreaKind.PRACTICAL_HELP).orElseThrow().getId();
        registry.recordChoice(favrskovCitizen, practical, omsorgsgruppen, LocalDate.now(), ChoiceReason.CHOSEN, null, null);

        assertProblem(send("GET", "/api/v1/citizens/" + favrskovCitizen, koldingKey, null, Map.of()), 404, "not-found");
        assertProblem(send("GET", "/api/v1/citizens/" + favrskovCitizen + "/grants", koldingKey, null, Map.of()), 404, "not-found");
        assertProblem(send("POST", "/api/v1/citizens/search", koldingKey, "{\"cpr\":\"" + cpr + "\"}", Map.of()), 404, "not-found");
        assertProblem(send("PUT", "/api/v1/citizens/" + favrskovCitizen, koldingKey,
                "{\"firstName\":\"X\",\"lastName\":\"Y\",\"address\":\"Z 1\",\"postcode\":\"6000\",\"city\":\"Kolding\"}",
                Map.of("If-Match", "\"0\"")), 404, "not-found");
        assertProblem(send("POST", "/api/v1/citizens/" + favrskovCitizen + "/grants", koldingKey,
                "{\"serviceAreaId\":" + practical + ",\"minutesPerWeek\":60,\"validFrom\":\"2026-12-01\"}", Map.of("Idempotency-Key", "k-1")),
                404, "not-found");
        HttpResponse<String> takeOver = send("POST", "/api/v1/citizens", koldingKey, newCitizen(cpr, "6000", "Kolding"),
                Map.of("Idempotency-Key", "k-2"));
        assertField(takeOver, 409, "cpr");
        assertThat(takeOver.body()).doesNotContain(String.valueOf(favrskovCitizen));
        assertThat(jdbc.queryForObject("SELECT municipality_id FROM citizen WHERE id = ?", Long.class, favrskovCitizen)).isEqualTo(favrskov);
        assertThat(allIds("/api/v1/citizens", koldingKey)).doesNotContain(favrskovCitizen);
        List<Long> koldingChoiceCitizens = new ArrayList<>();
        json(send("GET", "/api/v1/provider-choices?limit=200", koldingKey, null, Map.of()), 200).get("items")
                .forEach(c -> koldingChoiceCitizens.add(c.get("citizenId").asLong()));
        assertThat(koldingChoiceCitizens).doesNotContain(favrskovCitizen);
        // Favrskov's own system does see her.
        assertThat(json(send("GET", "/api/v1/citizens/" + favrskovCitizen, favrskovKey, null, Map.of()), 200).get("id").asLong())
                .isEqualTo(favrskovCitizen);
    }

    // --- provider choices and orders -----------------------------------------------------------------------

    @Test
    void aCareSystemPollsProviderChoicesChangedSinceATime() throws Exception {
        long practical = municipalities.serviceArea(favrskov, ServiceAreaKind.PRACTICAL_HELP).orElseThrow().getId();
        long first = register(favrskovKey, newCpr());
        long second = register(favrskovKey, newCpr());
        long third = register(favrskovKey, newCpr());
        registry.recordChoice(first, practical, hjemmepleje, LocalDate.now().minusMonths(2), ChoiceReason.CHOSEN, null, null);
        Instant since = Instant.now();
        Thread.sleep(5);
        registry.recordChoice(second, practical, omsorgsgruppen, LocalDate.now(), ChoiceReason.CHOSEN, null, null);
        registry.recordChoice(third, practical, omsorgsgruppen, LocalDate.now(), ChoiceReason.CHOSEN, null, null);
        // A switch ends the first choice: the ended one counts as changed too.
        registry.recordChoice(first, practical, omsorgsgruppen, LocalDate.now().plusDays(1), ChoiceReason.CHOSEN, null, null);

        List<String> seen = new ArrayList<>();
        Set<Long> choiceIds = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = json(send("GET", "/api/v1/provider-choices?limit=1&changedSince=" + since
                    + (cursor == null ? "" : "&cursor=" + cursor), favrskovKey, null, Map.of()), 200);
            page.get("items").forEach(c -> {
                assertThat(choiceIds.add(c.get("id").asLong())).as("each choice once").isTrue();
                seen.add(c.get("citizenId").asLong() + ":" + c.get("providerId").asLong() + ":"
                        + (c.get("validTo").isNull() ? "open" : "ended"));
            });
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(seen).containsExactly(second + ":" + omsorgsgruppen + ":open", third + ":" + omsorgsgruppen + ":open",
                first + ":" + hjemmepleje + ":ended", first + ":" + omsorgsgruppen + ":open");
        assertField(send("GET", "/api/v1/provider-choices?changedSince=yesterday", favrskovKey, null, Map.of()), 400, "changedSince");
    }

    @Test
    void aProviderSystemReadsItsOwnOrdersWithTheirVisits() throws Exception {
        List<JsonNode> orders = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json(send("GET", "/api/v1/providers/" + omsorgsgruppen + "/orders?limit=1"
                    + (cursor == null ? "" : "&cursor=" + cursor), omsorgsgruppenKey, null, Map.of()), 200);
            page.get("items").forEach(orders::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null && orders.size() < 100);
        assertThat(orders).as("the demo's orders with Omsorgsgruppen").isNotEmpty();
        assertThat(orders).allSatisfy(o -> assertThat(o.get("visits")).isNotEmpty());
        assertThat(orders).extracting(o -> o.get("id").asLong()).doesNotHaveDuplicates().isSorted();
        JsonNode own = json(send("GET", "/api/v1/providers/" + hjemmepleje + "/orders", hjemmeplejeKey, null, Map.of()), 200);
        assertThat(own.get("items")).allSatisfy(o -> assertThat(orders).noneMatch(x -> x.get("id").equals(o.get("id"))));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private long register(String key, String cpr) throws Exception {
        return json(send("POST", "/api/v1/citizens", key, newCitizen(cpr, "8370", "Hadsten"), Map.of("Idempotency-Key", "r-" + cpr)), 201)
                .get("id").asLong();
    }

    private long audit(long citizenId, String event) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE citizen_id = ? AND event = ? AND actor_role = 'CARE_SYSTEM'",
                Long.class, citizenId, event);
    }

    private List<Long> allIds(String path, String key) throws Exception {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json(send("GET", path + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), key, null, Map.of()), 200);
            page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        return ids;
    }

    private static String newCpr() {
        int n = CPRS.incrementAndGet();
        return String.format("%02d%02d5%d%04d", 1 + n % 28, 2 + (n / 28) % 11, (n / 308) % 10, 1000 + n % 3000);
    }

    private static String newCitizen(String cpr, String postcode, String city) {
        return "{\"cpr\":\"" + cpr + "\",\"details\":{\"firstName\":\"Test\",\"lastName\":\"Api\",\"address\":\"Apivej 1\",\"postcode\":\""
                + postcode + "\",\"city\":\"" + city + "\",\"email\":null,\"phone\":null}}";
    }

    private HttpResponse<String> send(String method, String path, String key, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (type != null) {
            assertThat(problem.get("type").asString()).endsWith("/" + type);
        }
        assertThat(problem.get("title").asString()).isNotBlank();
        return problem;
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        JsonNode problem = assertProblem(response, status, null);
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).as(response.body()).contains(field);
    }
}
