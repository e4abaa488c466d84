package dk.fritvalg.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.rehabilitation.RehabilitationFixture;
import java.time.LocalDate;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.provider.ProviderOrganisations;
import dk.fritvalg.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The permission table, generated case by case: every permission × role × relation to the target × own or
 * other tenant, decided by the real guard over real citizens, powers of attorney, municipalities and
 * providers in MariaDB. Each case is expected to be allowed exactly when the table grants the role that
 * relation; and every permission must be both allowed and refused somewhere, so none is open to all.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** A user standing in a situation towards the target of a permission's type. */
    record Case(String situation, PortalUser user, Target target, Optional<Relation> expectedRelation) {
    }

    @Autowired
    AccessGuard guard;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    RehabilitationFixture courses;
    @Autowired
    ProviderFixture providerFixture;
    @Autowired
    ProviderOrganisations organisations;

    private final Map<Target.Type, List<Case>> cases = new EnumMap<>(Target.Type.class);

    @BeforeAll
    void buildTheWorld() {
        long favrskov = fixture.municipalityId("0710");
        long kolding = fixture.municipalityId("0621");
        long citizen = fixture.citizen("0710", "8370", null);
        long otherCitizen = fixture.citizen("0621", "6000", null);
        long actRelative = fixture.relative(null);
        long viewRelative = fixture.relative(null);
        long strangerRelative = fixture.relative(null);
        long waitingRelative = fixture.relative(null);
        fixture.waitingPowerOfAttorney(waitingRelative, citizen, PowerOfAttorneyScope.ACT);
        fixture.powerOfAttorney(actRelative, citizen, PowerOfAttorneyScope.ACT);
        fixture.powerOfAttorney(viewRelative, citizen, PowerOfAttorneyScope.VIEW);
        fixture.powerOfAttorney(strangerRelative, otherCitizen, PowerOfAttorneyScope.ACT);
        long provider = fixture.provider("favrskov-omsorgsgruppen-midt");
        long otherProvider = fixture.provider("favrskov-hjemmepleje");

        List<Case> onCitizen = new ArrayList<>();
        onCitizen.add(new Case("the citizen herself", CitizenFixture.citizenUser(citizen, favrskov), Target.citizen(citizen),
                Optional.of(Relation.SELF)));
        onCitizen.add(new Case("another citizen", CitizenFixture.citizenUser(otherCitizen, kolding), Target.citizen(citizen),
                Optional.empty()));
        onCitizen.add(new Case("relative with an act power", CitizenFixture.relativeUser(actRelative), Target.citizen(citizen),
                Optional.of(Relation.RELATIVE_WITH_ACT_POWER)));
        onCitizen.add(new Case("relative with a view power", CitizenFixture.relativeUser(viewRelative), Target.citizen(citizen),
                Optional.of(Relation.RELATIVE_WITH_VIEW_POWER)));
        onCitizen.add(new Case("relative whose power from the citizen waits for her answer", CitizenFixture.relativeUser(waitingRelative),
                Target.citizen(citizen), Optional.empty()));
        onCitizen.add(new Case("relative of another citizen", CitizenFixture.relativeUser(strangerRelative), Target.citizen(citizen),
                Optional.empty()));
        List<Case> onMunicipality = new ArrayList<>();
        for (Role role : Role.MUNICIPAL) {
            onCitizen.add(new Case(role + " of the citizen's municipality", staff(role, favrskov), Target.citizen(citizen),
                    Optional.of(Relation.MUNICIPALITY_STAFF)));
            onCitizen.add(new Case(role + " of another municipality", staff(role, kolding), Target.citizen(citizen), Optional.empty()));
            onMunicipality.add(new Case(role + " of the municipality", staff(role, favrskov), Target.municipality(favrskov),
                    Optional.of(Relation.MUNICIPALITY_STAFF)));
            onMunicipality.add(new Case(role + " of another municipality", staff(role, kolding), Target.municipality(favrskov),
                    Optional.empty()));
        }
        onCitizen.add(new Case("staff of the citizen's provider", CitizenFixture.providerUser(provider), Target.citizen(citizen),
                Optional.empty()));
        courses.course(favrskov, citizen, otherProvider, RehabilitationModel.PART, LocalDate.now());
        onCitizen.add(new Case("staff of the provider of the citizen's rehabilitation course", CitizenFixture.providerUser(otherProvider),
                Target.citizen(citizen), Optional.of(Relation.COURSE_PROVIDER_STAFF)));
        onCitizen.add(new Case("staff of that provider, for another citizen", CitizenFixture.providerUser(otherProvider),
                Target.citizen(otherCitizen), Optional.empty()));
        onMunicipality.add(new Case("a citizen of the municipality", CitizenFixture.citizenUser(citizen, favrskov),
                Target.municipality(favrskov), Optional.empty()));
        onMunicipality.add(new Case("a relative", CitizenFixture.relativeUser(actRelative), Target.municipality(favrskov),
                Optional.empty()));
        onMunicipality.add(new Case("a provider of the municipality", CitizenFixture.providerUser(provider),
                Target.municipality(favrskov), Optional.empty()));

        List<Case> onProvider = new ArrayList<>();
        onProvider.add(new Case("the provider's own staff", CitizenFixture.providerUser(provider), Target.provider(provider),
                Optional.of(Relation.PROVIDER_STAFF)));
        onProvider.add(new Case("another provider's staff", CitizenFixture.providerUser(otherProvider), Target.provider(provider),
                Optional.empty()));
        // The provider's order handler and its own system (an API key): the provider's staff, with fewer permissions.
        for (Role role : List.of(Role.PROVIDER_ORDER_HANDLER, Role.PROVIDER_SYSTEM)) {
            onProvider.add(new Case(role + " of the provider", providerUser(role, provider), Target.provider(provider),
                    Optional.of(Relation.PROVIDER_STAFF)));
            onProvider.add(new Case(role + " of another provider", providerUser(role, otherProvider), Target.provider(provider),
                    Optional.empty()));
            onCitizen.add(new Case(role + " of the citizen's provider", providerUser(role, provider), Target.citizen(citizen),
                    Optional.empty()));
        }
        for (Role role : Role.MUNICIPAL) {
            onProvider.add(new Case(role + " of the provider's municipality", staff(role, favrskov), Target.provider(provider),
                    Optional.empty()));
        }
        onProvider.add(new Case("a citizen", CitizenFixture.citizenUser(citizen, favrskov), Target.provider(provider), Optional.empty()));
        onProvider.add(new Case("a relative", CitizenFixture.relativeUser(actRelative), Target.provider(provider), Optional.empty()));
        // An organisation working in two municipalities: one workspace for both.
        Map<String, Long> chain = providerFixture.chain("Kæden i to kommuner ApS", Map.of("0710", Set.of("8370"), "0621", Set.of("6000")));
        long chainOrganisation = organisations.organisationOf(chain.get("0710")).orElseThrow();
        PortalUser organisationUser = new PortalUser(880_001, "org", "Test", Role.PROVIDER_ADMIN, null, null, null, null, null, false,
                chainOrganisation);
        onProvider.add(new Case("staff of the provider's organisation, started in another municipality",
                CitizenFixture.providerUser(chain.get("0621")), Target.provider(chain.get("0710")), Optional.of(Relation.PROVIDER_STAFF)));
        onProvider.add(new Case("a user of the provider's organisation", organisationUser, Target.provider(chain.get("0621")),
                Optional.of(Relation.PROVIDER_STAFF)));

        List<Case> onOrganisation = new ArrayList<>();
        onOrganisation.add(new Case("a user of the organisation", organisationUser, Target.organisation(chainOrganisation),
                Optional.of(Relation.PROVIDER_STAFF)));
        onOrganisation.add(new Case("staff of one of the organisation's providers", CitizenFixture.providerUser(chain.get("0710")),
                Target.organisation(chainOrganisation), Optional.of(Relation.PROVIDER_STAFF)));
        onOrganisation.add(new Case("another organisation's staff", CitizenFixture.providerUser(provider),
                Target.organisation(chainOrganisation), Optional.empty()));
        for (Role role : Role.MUNICIPAL) {
            onOrganisation.add(new Case(role + " of a municipality the organisation works in", staff(role, favrskov),
                    Target.organisation(chainOrganisation), Optional.empty()));
        }
        onOrganisation.add(new Case("a citizen", CitizenFixture.citizenUser(citizen, favrskov), Target.organisation(chainOrganisation),
                Optional.empty()));
        onOrganisation.add(new Case("a relative", CitizenFixture.relativeUser(actRelative), Target.organisation(chainOrganisation),
                Optional.empty()));

        List<Case> onAccount = new ArrayList<>();
        onAccount.add(new Case("a citizen", CitizenFixture.citizenUser(citizen, favrskov), Target.ownAccount(), Optional.of(Relation.OWN_ACCOUNT)));
        onAccount.add(new Case("a relative", CitizenFixture.relativeUser(actRelative), Target.ownAccount(), Optional.of(Relation.OWN_ACCOUNT)));
        onAccount.add(new Case("a provider", CitizenFixture.providerUser(provider), Target.ownAccount(), Optional.of(Relation.OWN_ACCOUNT)));
        for (Role role : Role.MUNICIPAL) {
            onAccount.add(new Case(role.name(), staff(role, favrskov), Target.ownAccount(), Optional.of(Relation.OWN_ACCOUNT)));
        }
        cases.put(Target.Type.CITIZEN, onCitizen);
        cases.put(Target.Type.MUNICIPALITY, onMunicipality);
        cases.put(Target.Type.PROVIDER, onProvider);
        cases.put(Target.Type.ORGANISATION, onOrganisation);
        cases.put(Target.Type.OWN_ACCOUNT, onAccount);
    }

    private static PortalUser providerUser(Role role, long providerId) {
        return new PortalUser(870_000 + role.ordinal() * 1000 + providerId, "provider-staff", "Test " + role, role, null, providerId, null,
                null, null, false);
    }

    private static PortalUser staff(Role role, long municipalityId) {
        return new PortalUser(800_000 + role.ordinal() * 1000 + municipalityId, "staff", "Test " + role, role, municipalityId, null, null,
                null, null, false);
    }

    @TestFactory
    Stream<DynamicTest> everyPermissionForEveryRoleAndRelation() {
        return Stream.of(Permission.values()).flatMap(permission -> cases.get(permission.targetType()).stream().map(c -> {
            boolean expected = c.expectedRelation().map(r -> permission.grants(c.user().role(), r)).orElse(false);
            return DynamicTest.dynamicTest(permission + " · " + c.situation() + " → " + (expected ? "allowed" : "refused"), () -> {
                assertThat(guard.relation(c.user(), c.target())).as("relation").isEqualTo(c.expectedRelation());
                assertThat(guard.check(c.user(), permission, c.target()).isPresent()).as("decision").isEqualTo(expected);
            });
        }));
    }

    @Test
    void everyPermissionIsBothAllowedAndRefusedSomewhere() {
        for (Permission permission : Permission.values()) {
            List<Boolean> decisions = cases.get(permission.targetType()).stream()
                    .map(c -> guard.check(c.user(), permission, c.target()).isPresent()).toList();
            assertThat(decisions).as(permission + " is allowed somewhere").contains(true);
            if (permission.targetType() != Target.Type.OWN_ACCOUNT) {
                assertThat(decisions).as(permission + " is refused somewhere").contains(false);
            }
        }
    }

    @Test
    void theTableSaysWhatEachJobMayDo() {
        assertThat(Permission.MANAGE_POWERS_OF_ATTORNEY.roles())
                .containsExactlyInAnyOrder(Role.MUNICIPAL_NEEDS_ASSESSMENT, Role.MUNICIPAL_ADMIN);
        assertThat(Permission.MANAGE_MUNICIPALITY_SETTINGS.roles()).containsExactly(Role.MUNICIPAL_ADMIN);
        // The order handler handles orders and sees customers, but never changes offers, prices, users or keys.
        assertThat(Permission.HANDLE_PROVIDER_ORDERS.roles()).contains(Role.PROVIDER_ORDER_HANDLER);
        assertThat(Permission.MANAGE_PROVIDER_OFFERS.roles()).containsExactly(Role.PROVIDER_ADMIN);
        assertThat(Permission.MANAGE_PROVIDER_USERS.roles()).containsExactly(Role.PROVIDER_ADMIN);
        assertThat(Permission.MANAGE_PROVIDER_API_CLIENTS.roles()).containsExactly(Role.PROVIDER_ADMIN);
        // Machines hold only what the open API needs.
        for (Permission permission : Permission.values()) {
            if (permission.roles().contains(Role.CARE_SYSTEM) || permission.roles().contains(Role.PROVIDER_SYSTEM)) {
                assertThat(permission).isIn(Permission.CARE_SYSTEM_READ_CITIZENS, Permission.CARE_SYSTEM_WRITE_CITIZENS,
                        Permission.READ_PROVIDER_CHOICES, Permission.READ_PROVIDER_ORDERS);
            }
        }
        assertThat(Permission.SEARCH_AUDIT_LOG.roles()).containsExactly(Role.MUNICIPAL_ADMIN);
        assertThat(Permission.VIEW_CITIZEN_HELP.roles()).doesNotContain(Role.MUNICIPAL_FINANCE, Role.MUNICIPAL_PROCUREMENT,
                Role.PROVIDER_ADMIN);
        assertThat(Permission.SWITCH_PROVIDER.grants(Role.RELATIVE, Relation.RELATIVE_WITH_VIEW_POWER)).isFalse();
        assertThat(Permission.SWITCH_PROVIDER.grants(Role.RELATIVE, Relation.RELATIVE_WITH_ACT_POWER)).isTrue();
        assertThat(Permission.VIEW_CITIZEN_HELP.grants(Role.RELATIVE, Relation.RELATIVE_WITH_ACT_POWER)).isTrue();
        assertThat(Permission.ORDER_ADD_ONS.roles()).containsExactlyInAnyOrder(Role.CITIZEN, Role.RELATIVE);
        assertThat(Permission.RECORD_COURSE_STATUS.grants(Role.PROVIDER_ADMIN, Relation.COURSE_PROVIDER_STAFF)).isTrue();
        assertThat(Permission.RECORD_COURSE_STATUS.grants(Role.PROVIDER_ADMIN, Relation.PROVIDER_STAFF)).isFalse();
        assertThat(Permission.START_REHABILITATION_COURSE.roles()).containsExactly(Role.MUNICIPAL_NEEDS_ASSESSMENT);
        // The provider market: procurement decides, the administrator may look; a provider organisation applies for itself.
        for (Permission decision : List.of(Permission.DECIDE_APPLICATIONS, Permission.SUSPEND_PROVIDERS,
                Permission.MANAGE_APPROVAL_REQUIREMENTS)) {
            assertThat(decision.roles()).as(decision.name()).containsExactly(Role.MUNICIPAL_PROCUREMENT);
            assertThat(decision.targetType()).isEqualTo(Target.Type.MUNICIPALITY);
        }
        assertThat(Permission.VIEW_MARKET.roles()).containsExactlyInAnyOrder(Role.MUNICIPAL_PROCUREMENT, Role.MUNICIPAL_ADMIN);
        assertThat(Permission.APPLY_FOR_APPROVAL.targetType()).isEqualTo(Target.Type.ORGANISATION);
        assertThat(Permission.APPLY_FOR_APPROVAL.grants(Role.PROVIDER_ADMIN, Relation.PROVIDER_STAFF)).isTrue();
        assertThat(Permission.VIEW_OWN_APPLICATIONS.roles()).containsExactly(Role.PROVIDER_ADMIN);
        // Tenders: procurement sets the regime, makes rounds, scores and awards; a provider organisation bids for itself only.
        for (Permission decision : List.of(Permission.MANAGE_TENDERS, Permission.SCORE_BIDS, Permission.AWARD_TENDERS)) {
            assertThat(decision.roles()).as(decision.name()).containsExactly(Role.MUNICIPAL_PROCUREMENT);
            assertThat(decision.targetType()).isEqualTo(Target.Type.MUNICIPALITY);
            assertThat(decision.grants(Role.MUNICIPAL_PROCUREMENT, Relation.MUNICIPALITY_STAFF)).isTrue();
        }
        for (Permission own : List.of(Permission.BID_IN_TENDERS, Permission.VIEW_OWN_BIDS)) {
            assertThat(own.roles()).as(own.name()).containsExactly(Role.PROVIDER_ADMIN);
            assertThat(own.targetType()).isEqualTo(Target.Type.ORGANISATION);
            assertThat(own.grants(Role.PROVIDER_ADMIN, Relation.PROVIDER_STAFF)).isTrue();
        }
    }
}
