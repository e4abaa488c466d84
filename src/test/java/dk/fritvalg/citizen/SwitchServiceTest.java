package dk.fritvalg.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.SwitchService.Option;
import dk.fritvalg.citizen.SwitchService.Plan;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.ProviderProfile;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Choosing and switching provider through the service, on the real database and mail server. */
@IntegrationTest
class SwitchServiceTest {

    static final String FAVRSKOV = "0710";
    static final String KOLDING = "0621";

    @Autowired
    SwitchService switches;
    @Autowired
    CitizenService citizenService;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    ProviderService providers;
    @Autowired
    ProviderChoiceRepository choiceRepository;

    @BeforeEach
    void mail() {
        TestMailServer.get();
        TestMailServer.clear();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** A Favrskov citizen in Hadsten (8370) with personal care from the municipal provider. */
    private long favrskovCitizen(String email) {
        long citizen = fixture.citizen(FAVRSKOV, "8370", email);
        fixture.grant(citizen, fixture.area(FAVRSKOV, ServiceAreaKind.PERSONAL_CARE), fixture.provider("favrskov-hjemmepleje"));
        return citizen;
    }

    private void actAsCitizen(long citizenId, String municipality) {
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizenId, fixture.municipalityId(municipality)));
    }

    @Test
    void anAutomaticSwitchTakesEffectOnItsDateOnceAndTellsEveryone() throws Exception {
        long citizen = favrskovCitizen("auto@example.dk");
        long relative = fixture.relative("auto-relative@example.dk");
        fixture.powerOfAttorney(relative, citizen, PowerOfAttorneyScope.VIEW);
        long area = fixture.area(FAVRSKOV, ServiceAreaKind.PERSONAL_CARE);
        long target = fixture.provider("favrskov-omsorgsgruppen-midt");
        actAsCitizen(citizen, FAVRSKOV);

        Plan plan = switches.plan(citizen, area);
        assertThat(plan.needsApproval()).isFalse();
        assertThat(plan.options()).extracting(Option::providerId).contains(target);
        SwitchRequest request = switches.request(citizen, area, target);

        assertThat(request.getStatus()).isEqualTo(SwitchStatus.SCHEDULED);
        assertThat(request.getEffectiveDate()).isEqualTo(plan.effectiveDate()).isAfter(LocalDate.now());
        assertThat(request.getEffectiveDate().getDayOfMonth()).as("Favrskov: first of a month").isEqualTo(1);
        MimeMessage mail = TestMailServer.awaitMailTo("auto@example.dk", 1).getFirst();
        assertThat(TestMailServer.subject(mail)).isEqualTo("Skift af leverandør er registreret: Personlig pleje");
        assertThat(TestMailServer.body(mail)).contains("Fra: Favrskov Kommunes Hjemmepleje").contains("Til: Omsorgsgruppen Midt ApS");
        TestMailServer.awaitMailTo("auto-relative@example.dk", 1);
        TestMailServer.awaitMailTo("hjemmeplejen@example.favrskov.dk", 1);
        TestMailServer.awaitMailTo("kontakt@example.omsorgsgruppen-midt.dk", 1);

        LocalDate effective = request.getEffectiveDate();
        switches.applyDue(effective.minusDays(1));
        assertThat(currentProvider(citizen, area, effective)).as("not yet").isEqualTo(fixture.provider("favrskov-hjemmepleje"));

        assertThat(switches.applyDue(effective)).isGreaterThanOrEqualTo(1);
        assertThat(switches.applyDue(effective)).as("running the job twice changes nothing").isZero();

        assertThat(currentProvider(citizen, area, effective)).isEqualTo(target);
        assertThat(currentProvider(citizen, area, effective.minusDays(1))).isEqualTo(fixture.provider("favrskov-hjemmepleje"));
        CitizenService.Overview overview = citizenService.overview(citizen);
        assertThat(overview.choices()).filteredOn(c -> c.getServiceAreaId() == area && c.getProviderId() == target)
                .singleElement().satisfies(c -> {
                    assertThat(c.getReason()).isEqualTo(ChoiceReason.SWITCH);
                    assertThat(c.getSwitchRequestId()).isEqualTo(request.getId());
                });
        assertThat(switches.requestsOf(citizen)).singleElement().extracting(SwitchRequest::getStatus).isEqualTo(SwitchStatus.EFFECTIVE);
        List<MimeMessage> mails = TestMailServer.awaitMailTo("auto@example.dk", 2);
        assertThat(mails).extracting(TestMailServer::subject).contains("Ny leverandør fra i dag: Personlig pleje");
    }

    @Test
    void kolding_needsApproval_thenTakesEffect() {
        long citizen = fixture.citizen(KOLDING, "6000", "approve@example.dk");
        long area = fixture.area(KOLDING, ServiceAreaKind.PRACTICAL_HELP);
        fixture.grant(citizen, area, fixture.provider("kolding-hjemmepleje"));
        long target = fixture.provider("kolding-fjordhjertet");
        actAsCitizen(citizen, KOLDING);

        SwitchRequest request = switches.request(citizen, area, target);
        assertThat(request.getStatus()).isEqualTo(SwitchStatus.PENDING_APPROVAL);
        assertThat(request.getEffectiveDate()).as("Kolding: 14 days' notice").isEqualTo(LocalDate.now(SwitchRules.DANISH_TIME).plusDays(14));
        switches.applyDue(request.getEffectiveDate());
        assertThat(currentProvider(citizen, area, request.getEffectiveDate())).as("not approved yet")
                .isEqualTo(fixture.provider("kolding-hjemmepleje"));
        assertThat(switches.requestsOf(citizen)).singleElement().extracting(SwitchRequest::getStatus)
                .isEqualTo(SwitchStatus.PENDING_APPROVAL);

        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(KOLDING)));
        assertThat(switches.queue(org.springframework.data.domain.PageRequest.of(0, 50)))
                .anySatisfy(row -> assertThat(row.requestId()).isEqualTo(request.getId()));
        SwitchRequest approved = switches.approve(request.getId());
        assertThat(approved.getStatus()).isEqualTo(SwitchStatus.SCHEDULED);
        assertThatThrownBy(() -> switches.approve(request.getId())).isInstanceOf(BusinessException.class)
                .hasMessageContaining("switch.error.already-decided");
        assertThat(TestMailServer.awaitMailTo("approve@example.dk", 2)).extracting(TestMailServer::subject)
                .contains("Skift af leverandør er godkendt: Praktisk hjælp");

        assertThat(switches.applyDue(approved.getEffectiveDate())).isGreaterThanOrEqualTo(1);
        assertThat(currentProvider(citizen, area, approved.getEffectiveDate())).isEqualTo(target);
    }

    @Test
    void aRejectionNeedsAReasonAndTheCitizenGetsIt() {
        long citizen = fixture.citizen(KOLDING, "6000", "reject@example.dk");
        long area = fixture.area(KOLDING, ServiceAreaKind.PRACTICAL_HELP);
        fixture.grant(citizen, area, fixture.provider("kolding-hjemmepleje"));
        actAsCitizen(citizen, KOLDING);
        SwitchRequest request = switches.request(citizen, area, fixture.provider("kolding-kildebakken"));

        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(KOLDING)));
        assertThatThrownBy(() -> switches.reject(request.getId(), "  ")).hasMessageContaining("switch.error.reason-required");
        switches.reject(request.getId(), "Leverandøren kan ikke komme på dine faste tider.");

        actAsCitizen(citizen, KOLDING);
        assertThat(switches.requestsOf(citizen)).singleElement().satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(SwitchStatus.REJECTED);
            assertThat(r.getDecisionReason()).isEqualTo("Leverandøren kan ikke komme på dine faste tider.");
        });
        MimeMessage rejection = TestMailServer.awaitMailTo("reject@example.dk", 2).stream()
                .filter(m -> TestMailServer.subject(m).startsWith("Skift af leverandør er afvist")).findFirst().orElseThrow();
        assertThat(TestMailServer.body(rejection)).contains("Begrundelse: Leverandøren kan ikke komme på dine faste tider.");
        assertThat(currentProvider(citizen, area, LocalDate.now().plusMonths(2))).isEqualTo(fixture.provider("kolding-hjemmepleje"));
        // a rejected request is closed: a new one may be made
        assertThat(switches.request(citizen, area, fixture.provider("kolding-fjordhjertet")).getStatus())
                .isEqualTo(SwitchStatus.PENDING_APPROVAL);
    }

    @Test
    void aPendingSwitchCanBeCancelledAndThenNeverTakesEffect() {
        long citizen = favrskovCitizen("cancel@example.dk");
        long area = fixture.area(FAVRSKOV, ServiceAreaKind.PERSONAL_CARE);
        actAsCitizen(citizen, FAVRSKOV);
        SwitchRequest request = switches.request(citizen, area, fixture.provider("favrskov-omsorgsgruppen-midt"));

        switches.cancel(request.getId());

        assertThat(switches.requestsOf(citizen)).singleElement().extracting(SwitchRequest::getStatus).isEqualTo(SwitchStatus.CANCELLED);
        switches.applyDue(request.getEffectiveDate());
        assertThat(currentProvider(citizen, area, request.getEffectiveDate())).isEqualTo(fixture.provider("favrskov-hjemmepleje"));
        assertThatThrownBy(() -> switches.cancel(request.getId())).hasMessageContaining("switch.error.not-open");
        assertThat(TestMailServer.awaitMailTo("cancel@example.dk", 2)).extracting(TestMailServer::subject)
                .contains("Skift af leverandør er fortrudt: Personlig pleje");
    }

    @Test
    void providersTheCitizenCannotHaveAreRefusedWithAReason() {
        long citizen = favrskovCitizen("refuse@example.dk");
        long area = fixture.area(FAVRSKOV, ServiceAreaKind.PERSONAL_CARE);
        actAsCitizen(citizen, FAVRSKOV);
        Plan plan = switches.plan(citizen, area);
        assertThat(plan.options()).extracting(Option::providerId)
                .doesNotContain(fixture.provider("favrskov-solsikken"), fixture.provider("favrskov-nordlys"),
                        fixture.provider("favrskov-hjemmepleje"));

        assertRefused(citizen, area, fixture.provider("favrskov-solsikken"), "switch.error.postcode");
        assertRefused(citizen, area, fixture.provider("favrskov-nordlys"), "switch.error.not-accepting");
        assertRefused(citizen, area, fixture.provider("favrskov-hjemmepleje"), "switch.error.same-provider");
        assertRefused(citizen, area, fixture.provider("kolding-fjordhjertet"), "switch.error.not-selectable");
        assertRefused(citizen, fixture.area(FAVRSKOV, ServiceAreaKind.MEALS), fixture.provider("favrskov-lindetraeet"), "switch.error.no-grant");
        assertThat(switches.requestsOf(citizen)).isEmpty();
    }

    @Test
    void aFullProviderCannotBePicked() {
        long kolding = fixture.municipalityId(KOLDING);
        long area = fixture.area(KOLDING, ServiceAreaKind.PERSONAL_CARE);
        LocalDate from = LocalDate.of(2024, 1, 1);
        long small = providers.importProvider("test-capacity-one", kolding, profile(), List.of(
                new ProviderService.AgreementDefinition(area, AgreementModel.APPROVAL, from, null, 1)));
        try {
            long first = fixture.citizen(KOLDING, "6000", null);
            fixture.grant(first, area, small);
            long second = fixture.citizen(KOLDING, "6000", null);
            fixture.grant(second, area, fixture.provider("kolding-hjemmepleje"));
            actAsCitizen(second, KOLDING);

            assertThat(switches.plan(second, area).options()).extracting(Option::providerId).doesNotContain(small);
            assertRefused(second, area, small, "switch.error.capacity");
        } finally {
            providers.importProvider("test-capacity-one", kolding, profile(), List.of(
                    new ProviderService.AgreementDefinition(area, AgreementModel.APPROVAL, from, LocalDate.of(2024, 12, 31), 1)));
        }
    }

    private static ProviderProfile profile() {
        return new ProviderProfile(ProviderType.PRIVATE, "12345674", "Lille Test ApS", null, null, null, "6000", "Kolding", null,
                null, null, List.of(), Set.of(), true, 14, null, Set.of("6000"));
    }

    @Test
    void twoRequestsAtOnceForTheSameAreaOneWinsTheOtherIsToldWhy() throws Exception {
        long citizen = favrskovCitizen(null);
        long area = fixture.area(FAVRSKOV, ServiceAreaKind.PERSONAL_CARE);
        long target = fixture.provider("favrskov-omsorgsgruppen-midt");
        long relative = fixture.relative(null);
        fixture.powerOfAttorney(relative, citizen, PowerOfAttorneyScope.ACT);
        PortalUser citizenUser = CitizenFixture.citizenUser(citizen, fixture.municipalityId(FAVRSKOV));
        PortalUser relativeUser = CitizenFixture.relativeUser(relative);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<SwitchStatus>> results = new ArrayList<>();
        for (PortalUser user : List.of(citizenUser, relativeUser)) {
            Callable<SwitchStatus> call = () -> {
                CitizenFixture.actAs(user);
                start.await();
                try {
                    return switches.request(citizen, area, target).getStatus();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        int won = 0;
        List<String> refusals = new ArrayList<>();
        for (Future<SwitchStatus> result : results) {
            try {
                result.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(BusinessException.class);
                refusals.add(((BusinessException) e.getCause()).messageKey());
            }
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
        assertThat(refusals).containsExactly("switch.error.already-open");
        actAsCitizen(citizen, FAVRSKOV);
        assertThat(switches.requestsOf(citizen)).hasSize(1);
    }

    @Test
    void aFirstChoiceTakesEffectAtOnceAndTheDefaultIsExplained() {
        long citizen = fixture.citizen(FAVRSKOV, "8370", null);
        long area = fixture.area(FAVRSKOV, ServiceAreaKind.PRACTICAL_HELP);
        fixture.grant(citizen, area, null);
        actAsCitizen(citizen, FAVRSKOV);

        Plan plan = switches.plan(citizen, area);
        assertThat(plan.firstChoice()).isTrue();
        assertThat(plan.needsApproval()).isFalse();
        assertThat(plan.defaultProvider()).map(Option::providerId).contains(fixture.provider("favrskov-hjemmepleje"));
        assertThat(plan.effectiveDate()).isEqualTo(LocalDate.now(SwitchRules.DANISH_TIME));

        SwitchRequest request = switches.request(citizen, area, fixture.provider("favrskov-omsorgsgruppen-midt"));
        assertThat(request.getStatus()).isEqualTo(SwitchStatus.EFFECTIVE);
        assertThat(currentProvider(citizen, area, LocalDate.now(SwitchRules.DANISH_TIME))).isEqualTo(fixture.provider("favrskov-omsorgsgruppen-midt"));
    }

    @Test
    void aCitizenWhoDoesNotChooseGetsTheMunicipalProviderOnce() {
        LocalDate today = LocalDate.now(SwitchRules.DANISH_TIME);
        long area = fixture.area(FAVRSKOV, ServiceAreaKind.PRACTICAL_HELP);
        long silent = fixture.citizen(FAVRSKOV, "8370", "silent@example.dk");
        fixture.grantFrom(silent, area, today.minusDays(31));
        long recent = fixture.citizen(FAVRSKOV, "8370", null);
        fixture.grantFrom(recent, area, today.minusDays(5));
        long deciding = fixture.citizen(FAVRSKOV, "8370", null);
        fixture.grantFrom(deciding, area, today.minusDays(31));
        actAsCitizen(deciding, FAVRSKOV);
        switches.request(deciding, area, fixture.provider("favrskov-omsorgsgruppen-midt"));
        SecurityContextHolder.clearContext();

        assertThat(switches.applyDefaults(today)).isGreaterThanOrEqualTo(1);
        assertThat(switches.applyDefaults(today)).as("a second run assigns nothing").isZero();

        assertThat(currentProvider(silent, area, today)).isEqualTo(fixture.provider("favrskov-hjemmepleje"));
        assertThat(choiceRepository.findByCitizenIdOrderByValidFromDesc(silent)).singleElement()
                .extracting(ProviderChoice::getReason).isEqualTo(ChoiceReason.DEFAULT_RULE);
        assertThat(choiceRepository.findByCitizenIdOrderByValidFromDesc(recent)).as("still has time to choose").isEmpty();
        assertThat(currentProvider(deciding, area, today)).as("their own first choice stands")
                .isEqualTo(fixture.provider("favrskov-omsorgsgruppen-midt"));
        MimeMessage mail = TestMailServer.awaitMailTo("silent@example.dk", 1).getFirst();
        assertThat(TestMailServer.subject(mail)).isEqualTo("Din leverandør af Praktisk hjælp");
        assertThat(TestMailServer.body(mail)).contains("Derfor får du kommunens egen leverandør: Favrskov Kommunes Hjemmepleje.");
    }

    @Test
    void rehabilitationProposesTheCitizensOwnPrivateProviderButAllowsAnother() {
        long citizen = fixture.citizen(FAVRSKOV, "8370", null);
        long practical = fixture.area(FAVRSKOV, ServiceAreaKind.PRACTICAL_HELP);
        long rehabilitation = fixture.area(FAVRSKOV, ServiceAreaKind.REHABILITATION);
        long own = fixture.provider("favrskov-omsorgsgruppen-midt");
        fixture.grant(citizen, practical, own);
        fixture.grant(citizen, rehabilitation, null);
        actAsCitizen(citizen, FAVRSKOV);

        Plan plan = switches.plan(citizen, rehabilitation);
        assertThat(plan.proposed()).map(Option::providerId).contains(own);
        assertThat(plan.options().getFirst().providerId()).as("the proposal comes first").isEqualTo(own);
        assertThat(plan.options()).extracting(Option::providerId).contains(fixture.provider("favrskov-hjemmepleje"));
        assertThat(switches.request(citizen, rehabilitation, fixture.provider("favrskov-hjemmepleje")).getStatus())
                .isEqualTo(SwitchStatus.EFFECTIVE);
    }

    @Test
    void theRulesOfAccess() {
        long citizen = favrskovCitizen(null);
        long area = fixture.area(FAVRSKOV, ServiceAreaKind.PERSONAL_CARE);
        long target = fixture.provider("favrskov-omsorgsgruppen-midt");

        long stranger = fixture.relative(null);
        CitizenFixture.actAs(CitizenFixture.relativeUser(stranger));
        assertThatThrownBy(() -> switches.plan(citizen, area)).as("relative without a power of attorney")
                .isInstanceOf(AccessDeniedException.class);

        long viewer = fixture.relative(null);
        fixture.powerOfAttorney(viewer, citizen, PowerOfAttorneyScope.VIEW);
        CitizenFixture.actAs(CitizenFixture.relativeUser(viewer));
        assertThat(switches.requestsOf(citizen)).isEmpty();
        assertThatThrownBy(() -> switches.request(citizen, area, target)).as("a power to view only")
                .isInstanceOf(AccessDeniedException.class);

        CitizenFixture.actAs(CitizenFixture.providerUser(target));
        assertThatThrownBy(() -> switches.requestsOf(citizen)).as("a provider administrator").isInstanceOf(AccessDeniedException.class);

        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(FAVRSKOV)));
        assertThatThrownBy(() -> switches.request(citizen, area, target)).as("staff do not switch for citizens")
                .isInstanceOf(AccessDeniedException.class);

        long actor = fixture.relative(null);
        fixture.powerOfAttorney(actor, citizen, PowerOfAttorneyScope.ACT);
        CitizenFixture.actAs(CitizenFixture.relativeUser(actor));
        SwitchRequest byRelative = switches.request(citizen, area, target);
        assertThat(byRelative.getRequestedByRelativeId()).isEqualTo(actor);

        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(KOLDING)));
        assertThatThrownBy(() -> switches.requestsOf(citizen)).as("staff of another municipality").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoStaffDecidingTheSameRequestAtOnce_oneDecisionStands() throws Exception {
        long citizen = fixture.citizen(KOLDING, "6000", null);
        long area = fixture.area(KOLDING, ServiceAreaKind.PRACTICAL_HELP);
        fixture.grant(citizen, area, fixture.provider("kolding-hjemmepleje"));
        actAsCitizen(citizen, KOLDING);
        long requestId = switches.request(citizen, area, fixture.provider("kolding-fjordhjertet")).getId();
        long kolding = fixture.municipalityId(KOLDING);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<SwitchStatus>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            boolean approve = i == 0;
            results.add(pool.submit(() -> {
                CitizenFixture.actAs(CitizenFixture.staffUser(kolding));
                start.await();
                try {
                    return approve ? switches.approve(requestId).getStatus() : switches.reject(requestId, "Ingen plads").getStatus();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<SwitchStatus> decided = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Future<SwitchStatus> result : results) {
            try {
                decided.add(result.get());
            } catch (java.util.concurrent.ExecutionException e) {
                refusals.add(((BusinessException) e.getCause()).messageKey());
            }
        }
        pool.shutdown();
        assertThat(decided).hasSize(1);
        assertThat(refusals).containsExactly("switch.error.already-decided");
        actAsCitizen(citizen, KOLDING);
        assertThat(switches.requestsOf(citizen)).singleElement().extracting(SwitchRequest::getStatus).isEqualTo(decided.getFirst());
    }

    @Test
    void staffOfAnotherMunicipalityCannotDecide() {
        long citizen = fixture.citizen(KOLDING, "6000", null);
        long area = fixture.area(KOLDING, ServiceAreaKind.PRACTICAL_HELP);
        fixture.grant(citizen, area, fixture.provider("kolding-hjemmepleje"));
        actAsCitizen(citizen, KOLDING);
        SwitchRequest request = switches.request(citizen, area, fixture.provider("kolding-fjordhjertet"));

        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(FAVRSKOV)));
        assertThatThrownBy(() -> switches.approve(request.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(switches.queue(org.springframework.data.domain.PageRequest.of(0, 100)))
                .noneSatisfy(row -> assertThat(row.requestId()).isEqualTo(request.getId()));
        CitizenFixture.actAs(CitizenFixture.providerUser(fixture.provider("kolding-fjordhjertet")));
        assertThatThrownBy(() -> switches.reject(request.getId(), "nej")).isInstanceOf(AccessDeniedException.class);
    }

    private long currentProvider(long citizenId, long areaId, LocalDate date) {
        return choiceRepository.findByCitizenIdOrderByValidFromDesc(citizenId).stream()
                .filter(c -> c.getServiceAreaId() == areaId && c.isValidOn(date))
                .findFirst().orElseThrow().getProviderId();
    }

    private void assertRefused(long citizen, long area, long provider, String key) {
        assertThatThrownBy(() -> switches.request(citizen, area, provider)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo(key));
    }
}
