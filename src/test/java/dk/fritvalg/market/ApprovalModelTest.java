package dk.fritvalg.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.AgreementModel;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderRegistry;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.PortalUser;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.support.IntegrationTest;
import dk.fritvalg.support.TestMailServer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The approval model end to end on the services: a provider organisation applies online, staff assess each requirement,
 * ask a question, approve from a start date (the provider becomes selectable from that day) or reject; the overdue
 * list; suspension and reinstatement; who may do each.
 */
@IntegrationTest
class ApprovalModelTest {

    private static final AtomicInteger MAILS = new AtomicInteger();
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    ProviderApplications applications;
    @Autowired
    ApplicationReview review;
    @Autowired
    ApprovalRequirements requirements;
    @Autowired
    Suspensions suspensions;
    @Autowired
    ProviderService providerService;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    MarketFixture market;
    @Autowired
    ProviderFixture providers;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;
    long personalCare;
    long practicalHelp;
    PortalUser procurement;
    LocalDate today;

    @BeforeEach
    void freshMunicipality() {
        TestMailServer.get();
        municipality = market.freshMunicipality();
        personalCare = market.area(municipality, ServiceAreaKind.PERSONAL_CARE);
        practicalHelp = market.area(municipality, ServiceAreaKind.PRACTICAL_HELP);
        procurement = MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId());
        today = LocalDate.now(TimeConfiguration.DANISH_TIME);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    static String newEmail(String who) {
        return who + "-" + MAILS.incrementAndGet() + "-" + System.nanoTime() % 100_000 + "@example.dk";
    }

    /** A form answering every requirement of the areas. */
    ProviderApplications.ApplicationForm form(String email, long... areas) {
        Map<Long, String> answers = new HashMap<>();
        Set<Long> areaIds = new java.util.TreeSet<>();
        for (long area : areas) {
            areaIds.add(area);
            requirements.of(area).forEach(r -> answers.put(r.id(), "Ja, se bilag for " + r.kind()));
        }
        return new ProviderApplications.ApplicationForm(municipality.getId(), areaIds, "8000, 8200 8210", 40, email, answers);
    }

    long applyAs(long organisation, String email, long... areas) {
        CitizenFixture.actAs(MarketFixture.organisationAdmin(organisation));
        long id = applications.apply(form(email, areas));
        SecurityContextHolder.clearContext();
        return id;
    }

    void assessAll(long applicationId, Assessment assessment) {
        for (ApplicationDetails.AnswerRow row : review.details(applicationId).answers()) {
            review.assess(applicationId, row.requirementId(), assessment, assessment == Assessment.MET ? null : "Mangler dokumentation");
        }
    }

    @Test
    void aProviderAppliesStaffApproveAndItIsSelectableFromTheStartDate() {
        long organisation = providers.organisation("Ny Omsorg ApS");
        String email = newEmail("ny-omsorg");
        CitizenFixture.actAs(MarketFixture.organisationAdmin(organisation));
        assertThat(applications.municipalitiesOpenForApplications()).extracting(Municipality::getId).contains(municipality.getId());
        List<Requirement> list = requirements.of(personalCare);
        assertThat(list).extracting(Requirement::kind).contains(RequirementKind.STAFF_EDUCATION, RequirementKind.NURSE_OR_THERAPIST,
                RequirementKind.BANK_GUARANTEE, RequirementKind.NO_PUBLIC_DEBT, RequirementKind.CONTINGENCY_PLAN);
        assertThat(requirements.of(practicalHelp)).extracting(Requirement::kind).doesNotContain(RequirementKind.NURSE_OR_THERAPIST);

        long id = applications.apply(form(email, personalCare, practicalHelp));
        applications.attach(id, list.get(2).id(), "bankgaranti.pdf", PDF);

        ApplicationDetails own = applications.ownApplication(id);
        assertThat(own.summary().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(own.summary().decisionDue()).isEqualTo(today.plusDays(ApprovalRequirements.DEFAULT_DECISION_DAYS));
        assertThat(own.postcodes()).containsExactly("8000", "8200", "8210");
        assertThat(own.evidence()).singleElement().satisfies(e -> assertThat(e.contentType()).isEqualTo("application/pdf"));
        assertThat(applications.countOwn()).isEqualTo(1);
        assertThat(TestMailServer.subject(TestMailServer.awaitMailTo(email, 1).getFirst()))
                .isEqualTo("Ansøgning om godkendelse modtaget: " + municipality.getName() + " Kommune");

        // Staff see it, assess each requirement and approve from a start date.
        CitizenFixture.actAs(procurement);
        assertThat(review.search(null, false, 0, 50)).extracting(ApplicationSummary::id).containsExactly(id);
        assertThat(review.evidence(own.evidence().getFirst().id()).content()).isEqualTo(PDF);
        review.assess(id, list.getFirst().id(), Assessment.MET, null);
        assertThatThrownBy(() -> review.approve(id, today.plusDays(7)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.application.error.not-all-met");
        assessAll(id, Assessment.MET);
        LocalDate start = today.plusDays(7);
        long providerId = review.approve(id, start);

        assertThat(providerService.selectable(municipality.getId(), personalCare, start)).extracting(Provider::getId).contains(providerId);
        assertThat(providerService.selectable(municipality.getId(), practicalHelp, start)).extracting(Provider::getId).contains(providerId);
        assertThat(providerService.selectable(municipality.getId(), personalCare, start.minusDays(1))).extracting(Provider::getId)
                .doesNotContain(providerId);
        assertThat(providerService.byId(providerId).orElseThrow().profile().postcodes()).containsExactlyInAnyOrder("8000", "8200", "8210");
        assertThat(providerService.agreements(providerId)).allSatisfy(a -> assertThat(a.getCapacity()).isEqualTo(40));
        ApplicationDetails decided = review.details(id);
        assertThat(decided.summary().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo(procurement.displayName());
        assertThat(decided.startDate()).isEqualTo(start);
        assertThat(TestMailServer.awaitMailTo(email, 2)).extracting(TestMailServer::subject)
                .anySatisfy(subject -> assertThat(subject).isEqualTo("I er godkendt som leverandør i " + municipality.getName() + " Kommune"));
        assertThat(jdbc.queryForList("SELECT event FROM audit_entry WHERE municipality_id = ? AND event LIKE 'APPLICATION_%' ORDER BY id",
                String.class, municipality.getId())).containsExactly("APPLICATION_APPROVED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE municipality_id = ? AND event = 'REQUIREMENT_ASSESSED'",
                Integer.class, municipality.getId())).isEqualTo(decided.answers().size() + 1);

        // A decision is final.
        assertThatThrownBy(() -> review.reject(id, "For sent"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.application.error.decided");
        // Already approved: a new application for the same area is refused.
        CitizenFixture.actAs(MarketFixture.organisationAdmin(organisation));
        assertThatThrownBy(() -> applications.apply(form(email, personalCare)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.application.error.already-approved");
    }

    @Test
    void staffAskForMoreInformationTheProviderAnswersAndStaffReject() {
        long organisation = providers.organisation("Spørgsmål ApS");
        String email = newEmail("spoergsmaal");
        long id = applyAs(organisation, email, personalCare);

        CitizenFixture.actAs(procurement);
        review.requestInformation(id, "Send jeres beredskabsplan, tak.");
        assertThat(review.details(id).summary().status()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
        assertThat(TestMailServer.awaitMailTo(email, 2)).extracting(TestMailServer::body).anySatisfy(b -> assertThat(b).contains("Send jeres beredskabsplan, tak."));

        CitizenFixture.actAs(MarketFixture.organisationAdmin(organisation));
        assertThat(applications.ownApplication(id).messages()).extracting(ApplicationDetails.MessageRow::text)
                .containsExactly("Send jeres beredskabsplan, tak.");
        applications.attach(id, null, "beredskab.pdf", PDF);
        applications.answerQuestion(id, "Planen er vedhæftet.");
        assertThatThrownBy(() -> applications.answerQuestion(id, "Igen"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.application.error.no-question");

        CitizenFixture.actAs(procurement);
        ApplicationDetails details = review.details(id);
        assertThat(details.summary().status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(details.messages()).extracting(ApplicationDetails.MessageRow::fromMunicipality).containsExactly(true, false);
        assertThatThrownBy(() -> review.assess(id, details.answers().getFirst().requirementId(), Assessment.NOT_MET, " "))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.assessment.error.comment");
        assertThatThrownBy(() -> review.reject(id, "  "))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.error.reason-required");
        review.reject(id, "Bankgarantien mangler.");
        assertThat(review.details(id).decisionReason()).isEqualTo("Bankgarantien mangler.");
        assertThat(TestMailServer.awaitMailTo(email, 3)).extracting(TestMailServer::body).anySatisfy(b -> assertThat(b).contains("Bankgarantien mangler."));
        assertThat(providerService.inMunicipality(municipality.getId())).noneMatch(p -> p.getOrganisationId() == organisation);
    }

    @Test
    void badApplicationsAreRefusedWithAClearReasonAndNothingIsSaved() {
        long organisation = providers.organisation("Fejl ApS");
        String email = newEmail("fejl");
        CitizenFixture.actAs(MarketFixture.organisationAdmin(organisation));
        ProviderApplications.ApplicationForm good = form(email, personalCare);
        record Case(String key, ProviderApplications.ApplicationForm form) {
        }
        Map<Long, String> oneMissing = new HashMap<>(good.answers());
        oneMissing.put(oneMissing.keySet().iterator().next(), "  ");
        long otherArea = citizens.area("0621", ServiceAreaKind.PERSONAL_CARE);
        List<Case> cases = List.of(
                new Case("market.application.error.no-area", new ProviderApplications.ApplicationForm(municipality.getId(), Set.of(),
                        good.postcodes(), 40, email, good.answers())),
                new Case("market.error.no-area", new ProviderApplications.ApplicationForm(municipality.getId(), Set.of(otherArea),
                        good.postcodes(), 40, email, good.answers())),
                new Case("market.application.error.postcode", new ProviderApplications.ApplicationForm(municipality.getId(),
                        good.serviceAreaIds(), "8000, 123", 40, email, good.answers())),
                new Case("market.application.error.no-postcode", new ProviderApplications.ApplicationForm(municipality.getId(),
                        good.serviceAreaIds(), " ", 40, email, good.answers())),
                new Case("market.application.error.capacity", new ProviderApplications.ApplicationForm(municipality.getId(),
                        good.serviceAreaIds(), good.postcodes(), 0, email, good.answers())),
                new Case("market.application.error.email", new ProviderApplications.ApplicationForm(municipality.getId(),
                        good.serviceAreaIds(), good.postcodes(), 40, "ikke en adresse", good.answers())),
                new Case("market.application.error.answer-missing", new ProviderApplications.ApplicationForm(municipality.getId(),
                        good.serviceAreaIds(), good.postcodes(), 40, email, oneMissing)),
                new Case("market.application.error.tender-model", new ProviderApplications.ApplicationForm(citizens.municipalityId("0621"),
                        good.serviceAreaIds(), good.postcodes(), 40, email, good.answers())));
        for (Case c : cases) {
            assertThatThrownBy(() -> applications.apply(c.form())).as(c.key())
                    .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo(c.key());
        }
        assertThat(applications.countOwn()).isZero();

        long id = applications.apply(good);
        assertThatThrownBy(() -> applications.apply(good))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.application.error.already-open");
        // Evidence: PDF or image only, size-limited, through the scanning hook.
        assertThatThrownBy(() -> applications.attach(id, null, "regnskab.docx", "PK\u0003\u0004word".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.evidence.error.type");
        byte[] tooLarge = new byte[applications.maxFileBytes() + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(() -> applications.attach(id, null, "stor.pdf", tooLarge))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.evidence.error.too-large");
        byte[] eicar = ("%PDF-1.4\nX5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> applications.attach(id, null, "virus.pdf", eicar))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.evidence.error.infected");
        applications.attach(id, null, "../../etc/passwd.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0});
        assertThat(applications.ownApplication(id).evidence()).singleElement()
                .satisfies(e -> assertThat(e.fileName()).isEqualTo(".._.._etc_passwd.png"))
                .satisfies(e -> assertThat(e.contentType()).isEqualTo("image/png"));
    }

    @Test
    void applicationsPastThePromisedDeadlineAreOnTheOverdueList() {
        CitizenFixture.actAs(procurement);
        requirements.setDecisionDays(10);
        assertThatThrownBy(() -> requirements.setDecisionDays(0))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.requirement.error.decision-days");
        long late = applyAs(providers.organisation("Sen ApS"), newEmail("sen"), personalCare);
        long fresh = applyAs(providers.organisation("Frisk ApS"), newEmail("frisk"), practicalHelp);
        jdbc.update("UPDATE approval_application SET decision_due = ? WHERE id = ?", today.minusDays(1), late);

        CitizenFixture.actAs(procurement);
        assertThat(review.search(null, true, 0, 50)).extracting(ApplicationSummary::id).containsExactly(late);
        assertThat(review.count(null, true)).isEqualTo(1);
        assertThat(review.search(null, false, 0, 50)).extracting(ApplicationSummary::id).containsExactly(late, fresh);
        assertThat(review.details(fresh).summary().decisionDue()).isEqualTo(today.plusDays(10));
        assertThat(review.details(late).summary().overdue()).isTrue();
        // A decided application is no longer overdue.
        review.reject(late, "Afvist");
        assertThat(review.count(null, true)).isZero();
        assertThat(review.count(ApplicationStatus.REJECTED, false)).isEqualTo(1);
    }

    @Test
    void theMunicipalityKeepsItsOwnRequirementLinesPerArea() {
        CitizenFixture.actAs(procurement);
        int before = requirements.of(practicalHelp).size();
        Requirement own = requirements.add(practicalHelp, "Medarbejderne taler og skriver dansk.", false);
        assertThat(requirements.of(practicalHelp)).hasSize(before + 1).last().isEqualTo(own);
        assertThat(requirements.of(personalCare)).doesNotContain(own);
        assertThatThrownBy(() -> requirements.add(practicalHelp, "Nej", false))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.requirement.error.text");
        requirements.retire(own.id());
        assertThat(requirements.of(practicalHelp)).hasSize(before).doesNotContain(own);
        assertThat(jdbc.queryForList("SELECT event FROM audit_entry WHERE municipality_id = ? AND event LIKE 'APPROVAL_REQUIREMENT_%' ORDER BY id",
                String.class, municipality.getId())).containsExactly("APPROVAL_REQUIREMENT_ADDED", "APPROVAL_REQUIREMENT_RETIRED");
    }

    @Test
    void aSuspendedProviderIsNotSelectableItsCitizensAreToldAndReinstatementUndoesIt() {
        Map<String, Long> chain = providers.chain("Suspenderet ApS", Map.of(municipality.getCode(), Set.of("8000")));
        long provider = chain.get(municipality.getCode());
        registry.agree(provider, personalCare, AgreementModel.APPROVAL, today.minusYears(1), null, 20, null, null);
        String citizenEmail = newEmail("borger");
        String relativeEmail = newEmail("paaroerende");
        long citizen = citizens.citizen(municipality.getCode(), "8000", citizenEmail);
        citizens.grant(citizen, personalCare, provider);
        long relative = citizens.relative(relativeEmail);
        citizens.powerOfAttorney(relative, citizen, PowerOfAttorneyScope.VIEW);
        long withoutEmail = citizens.citizen(municipality.getCode(), "8000", null);
        citizens.grant(withoutEmail, personalCare, provider);
        assertThat(providerService.selectable(municipality.getId(), personalCare, today)).extracting(Provider::getId).contains(provider);

        CitizenFixture.actAs(procurement);
        assertThatThrownBy(() -> suspensions.suspend(provider, today.plusMonths(1), " "))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.error.reason-required");
        int told = suspensions.suspend(provider, today.plusMonths(1), "Alvorlige mangler ved tilsyn");

        assertThat(told).isEqualTo(2);
        // A citizen without e-mail is told by Digital Post or letter, and can read it under "Mine beskeder".
        assertThat(jdbc.queryForList("SELECT channel FROM notice WHERE person_kind = 'CITIZEN' AND person_id = ? AND subject = ?",
                String.class, withoutEmail, "Vigtigt om din leverandør: Suspenderet ApS")).singleElement().isIn("DIGITAL_POST", "LETTER");
        assertThat(providerService.selectable(municipality.getId(), personalCare, today)).extracting(Provider::getId).doesNotContain(provider);
        assertThat(suspensions.providers(true)).extracting(Suspensions.ProviderStatus::providerId).containsExactly(provider);
        assertThat(TestMailServer.subject(TestMailServer.awaitMailTo(citizenEmail, 1).getFirst())).isEqualTo("Vigtigt om din leverandør: Suspenderet ApS");
        assertThat(TestMailServer.body(TestMailServer.awaitMailTo(relativeEmail, 1).getFirst())).startsWith("Til pårørende til Test Borger");
        assertThatThrownBy(() -> suspensions.suspend(provider, null, "Igen"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.suspension.error.already");

        suspensions.reinstate(provider, "Manglerne er rettet");
        assertThat(providerService.selectable(municipality.getId(), personalCare, today)).extracting(Provider::getId).contains(provider);
        assertThat(suspensions.history(provider)).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("Alvorlige mangler ved tilsyn");
            assertThat(s.from()).isEqualTo(today);
            assertThat(s.expectedUntil()).isEqualTo(today.plusMonths(1));
            assertThat(s.reinstatedOn()).isEqualTo(today);
            assertThat(s.reinstatementReason()).isEqualTo("Manglerne er rettet");
        });
        assertThat(jdbc.queryForList("SELECT event FROM audit_entry WHERE municipality_id = ? AND event LIKE 'PROVIDER_%' ORDER BY id",
                String.class, municipality.getId())).containsExactly("PROVIDER_SUSPENDED", "PROVIDER_REINSTATED");
    }

    @Test
    void theMunicipalProviderCannotBeSuspended() {
        long municipal = citizens.provider("favrskov-hjemmepleje");
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, citizens.municipalityId("0710")));
        assertThatThrownBy(() -> suspensions.suspend(municipal, null, "Forsøg"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("market.suspension.error.municipal");
    }

    @Test
    void onlyTheRightPeopleReviewApplyAndSuspend() {
        long organisation = providers.organisation("Ansøger ApS");
        long otherOrganisation = providers.organisation("Nysgerrig ApS");
        long id = applyAs(organisation, newEmail("ansoeger"), personalCare);
        long requirement = requirements.of(personalCare).getFirst().id();
        long otherMunicipality = citizens.municipalityId("0621");
        long provider = providers.chain("Suspensionsmål ApS", Map.of(municipality.getCode(), Set.of("8000"))).get(municipality.getCode());

        List<PortalUser> notStaffOfThisMarket = List.of(
                MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, otherMunicipality),
                MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, municipality.getId()),
                MarketFixture.staff(Role.MUNICIPAL_FINANCE, municipality.getId()),
                MarketFixture.organisationAdmin(organisation),
                CitizenFixture.citizenUser(citizens.citizen("0621", "6000", null), otherMunicipality));
        for (PortalUser user : notStaffOfThisMarket) {
            CitizenFixture.actAs(user);
            assertThatThrownBy(() -> review.approve(id, today)).as(user.role().name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.reject(id, "Nej")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.assess(id, requirement, Assessment.MET, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> review.requestInformation(id, "?")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> suspensions.suspend(provider, null, "Nej")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requirements.add(personalCare, "Et krav mere", false)).isInstanceOf(AccessDeniedException.class);
        }
        // The municipal administrator sees the market but does not decide.
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, municipality.getId()));
        assertThat(review.details(id).summary().id()).isEqualTo(id);
        assertThatThrownBy(() -> review.approve(id, today)).isInstanceOf(AccessDeniedException.class);
        // Staff of another municipality cannot even see it.
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, otherMunicipality));
        assertThatThrownBy(() -> review.details(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(review.search(null, false, 0, 50)).extracting(ApplicationSummary::id).doesNotContain(id);
        // Another organisation cannot see, answer or add to it; staff cannot apply.
        CitizenFixture.actAs(MarketFixture.organisationAdmin(otherOrganisation));
        assertThatThrownBy(() -> applications.ownApplication(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.answerQuestion(id, "Hej")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.attach(id, null, "x.pdf", PDF)).isInstanceOf(AccessDeniedException.class);
        assertThat(applications.own(0, 50)).isEmpty();
        CitizenFixture.actAs(procurement);
        assertThatThrownBy(() -> applications.apply(form(newEmail("staff"), personalCare))).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> review.details(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.apply(form(newEmail("anon"), personalCare))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT status FROM approval_application WHERE id = ?", String.class, id)).isEqualTo("SUBMITTED");
    }
}
