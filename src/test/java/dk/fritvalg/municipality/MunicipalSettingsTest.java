package dk.fritvalg.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.provider.ProviderFixture;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Role;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The municipal administrator edits the settings in the portal: the rules, an entry in the log per change, who may. */
@IntegrationTest
class MunicipalSettingsTest {

    @Autowired
    MunicipalityService municipalities;
    @Autowired
    MarketFixture market;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    ProviderFixture providers;
    @Autowired
    JdbcTemplate jdbc;

    Municipality municipality;

    @BeforeEach
    void freshMunicipality() {
        municipality = market.freshMunicipality();
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, municipality.getId()));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private MunicipalitySettings current() {
        return municipalities.byId(municipality.getId()).orElseThrow().settings();
    }

    private long version() {
        return municipalities.byId(municipality.getId()).orElseThrow().getVersion();
    }

    private static MunicipalitySettings with(MunicipalitySettings s, UnaryOperator<Builder> change) {
        return change.apply(new Builder(s)).build();
    }

    @Test
    void theAdministratorChangesSettingsAndEachChangeIsLogged() {
        MunicipalitySettings changed = with(current(), b -> {
            b.switchRule = SwitchRule.MONTHLY_CUTOFF;
            b.cutoffDay = 20;
            b.approval = SwitchApproval.STAFF_APPROVAL;
            b.groupSize = 5;
            b.phone = "  70 20 30 40 ";
            return b;
        });

        municipalities.changeSettings(version(), changed);

        MunicipalitySettings now = current();
        assertThat(now.switchRule()).isEqualTo(SwitchRule.MONTHLY_CUTOFF);
        assertThat(now.switchCutoffDay()).isEqualTo(20);
        assertThat(now.switchApproval()).isEqualTo(SwitchApproval.STAFF_APPROVAL);
        assertThat(now.minimumGroupSize()).isEqualTo(5);
        assertThat(now.contactPhone()).isEqualTo("70 20 30 40");
        List<String> details = jdbc.queryForList("""
                SELECT details FROM audit_entry WHERE municipality_id = ? AND event = 'SETTINGS_CHANGED' AND actor_role = 'MUNICIPAL_ADMIN'
                ORDER BY id""", String.class, municipality.getId());
        assertThat(details).containsExactly(
                String.join("\u001F", "SWITCH_RULE", "NOTICE_DAYS", "MONTHLY_CUTOFF"),
                String.join("\u001F", "SWITCH_CUTOFF_DAY", "–", "20"),
                String.join("\u001F", "SWITCH_APPROVAL", "AUTOMATIC", "STAFF_APPROVAL"),
                String.join("\u001F", "MINIMUM_GROUP_SIZE", "3", "5"),
                String.join("\u001F", "CONTACT_PHONE", "70 10 20 30", "70 20 30 40"));

        // Saving the same settings again changes nothing and logs nothing.
        municipalities.changeSettings(version(), current());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE municipality_id = ? AND event = 'SETTINGS_CHANGED'",
                Integer.class, municipality.getId())).isEqualTo(5);
    }

    @Test
    void theMinimumGroupSizeCanNeverBeBelowThree() {
        for (int size : new int[] {2, 0, -1, 101}) {
            assertThatThrownBy(() -> municipalities.changeSettings(version(), with(current(), b -> {
                b.groupSize = size;
                return b;
            }))).isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("settings.error.minimum-group-size");
        }
        assertThat(current().minimumGroupSize()).isEqualTo(3);
        // The database refuses it too, whoever writes.
        assertThatThrownBy(() -> jdbc.update("UPDATE municipality SET minimum_group_size = 2 WHERE id = ?", municipality.getId()))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }

    @Test
    void eachRuleIsCheckedInTheServiceAndNothingIsSavedWhenOneIsBroken() {
        record Case(String key, UnaryOperator<Builder> change) {
        }
        List<Case> cases = List.of(
                new Case("settings.error.notice-days", b -> { b.noticeDays = null; return b; }),
                new Case("settings.error.notice-days", b -> { b.noticeDays = 366; return b; }),
                new Case("settings.error.cutoff-day", b -> { b.switchRule = SwitchRule.MONTHLY_CUTOFF; b.cutoffDay = 29; return b; }),
                new Case("settings.error.cutoff-day", b -> { b.switchRule = SwitchRule.MONTHLY_CUTOFF; b.cutoffDay = null; return b; }),
                new Case("settings.error.switch-rule", b -> { b.switchRule = null; return b; }),
                new Case("settings.error.switch-approval", b -> { b.approval = null; return b; }),
                new Case("settings.error.contract-model", b -> { b.contractModel = null; return b; }),
                new Case("settings.error.email", b -> { b.email = "visitation@kommune.dk Bcc: alle@example.dk"; return b; }),
                new Case("settings.error.phone", b -> { b.phone = "ring til os"; return b; }),
                new Case("settings.error.website", b -> { b.website = "javascript:alert(1)"; return b; }));
        MunicipalitySettings before = current();
        for (Case c : cases) {
            assertThatThrownBy(() -> municipalities.changeSettings(version(), with(before, c.change())))
                    .as(c.key()).isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo(c.key());
        }
        assertThat(current()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE municipality_id = ? AND event = 'SETTINGS_CHANGED'",
                Integer.class, municipality.getId())).isZero();
    }

    @Test
    void anEditOnAnOldCopyIsRefusedInsteadOfOverwritingTheOtherOne() {
        long formVersion = version();
        municipalities.changeSettings(formVersion, with(current(), b -> { b.groupSize = 4; return b; }));

        assertThatThrownBy(() -> municipalities.changeSettings(formVersion, with(current(), b -> { b.phone = "70 99 99 99"; return b; })))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("settings.error.changed-meanwhile");
        assertThat(current().contactPhone()).isEqualTo("70 10 20 30");
        assertThat(current().minimumGroupSize()).isEqualTo(4);
    }

    @Test
    void onlyTheMunicipalitysOwnAdministratorChangesSettings() {
        long other = citizens.municipalityId("0621");
        MunicipalitySettings changed = with(current(), b -> { b.groupSize = 9; return b; });
        List<Runnable> refused = List.of(
                () -> CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_PROCUREMENT, municipality.getId())),
                () -> CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, municipality.getId())),
                () -> CitizenFixture.actAs(MarketFixture.organisationAdmin(providers.organisation("Indstillingsjæger ApS"))),
                () -> CitizenFixture.actAs(CitizenFixture.citizenUser(citizens.citizen("0621", "6000", null), other)));
        for (Runnable user : refused) {
            user.run();
            assertThatThrownBy(() -> municipalities.changeSettings(version(), changed)).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> municipalities.changeSettings(version(), changed)).isInstanceOf(AccessDeniedException.class);
        assertThat(current().minimumGroupSize()).isEqualTo(3);

        // Another municipality's administrator changes her own municipality, never this one.
        Municipality second = market.freshMunicipality();
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_ADMIN, second.getId()));
        municipalities.changeSettings(municipalities.byId(second.getId()).orElseThrow().getVersion(),
                with(second.settings(), b -> { b.groupSize = 9; return b; }));
        assertThat(current().minimumGroupSize()).isEqualTo(3);
        assertThat(municipalities.byId(second.getId()).orElseThrow().settings().minimumGroupSize()).isEqualTo(9);
    }

    /** A copy of settings to change one field at a time. */
    static final class Builder {
        ContractModel contractModel;
        RehabilitationModel rehabilitationModel;
        boolean continuity;
        SwitchRule switchRule;
        Integer noticeDays;
        Integer cutoffDay;
        SwitchApproval approval;
        int groupSize;
        String phone;
        String email;
        String website;

        Builder(MunicipalitySettings s) {
            contractModel = s.contractModel();
            rehabilitationModel = s.rehabilitationModel();
            continuity = s.rehabilitationContinuity();
            switchRule = s.switchRule();
            noticeDays = s.switchNoticeDays();
            cutoffDay = s.switchCutoffDay();
            approval = s.switchApproval();
            groupSize = s.minimumGroupSize();
            phone = s.contactPhone();
            email = s.contactEmail();
            website = s.website();
        }

        MunicipalitySettings build() {
            return new MunicipalitySettings(contractModel, rehabilitationModel, continuity, switchRule, noticeDays, cutoffDay, approval,
                    groupSize, phone, email, website);
        }
    }
}
