package dk.fritvalg.demo;

import dk.fritvalg.citizen.ChoiceReason;
import dk.fritvalg.citizen.CitizenDetails;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.notification.Channel;
import dk.fritvalg.citizen.PowerOfAttorneyScope;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderQualityService;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.provider.QualityDimension;
import dk.fritvalg.provider.QualitySource;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import dk.fritvalg.shared.CprHasher;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo people and logins, one for every role, in the demo profile only (the README lists them).
 * Runs after the catalogue import and is idempotent. The CPR numbers are fictitious.
 */
@Component
@Profile("demo")
@Order(20)
class DemoData implements ApplicationRunner {

    static final String FAVRSKOV = "0710";
    static final String KOLDING = "0621";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final ProviderQualityService quality;
    private final CitizenRegistry registry;
    private final UserAccountService users;
    private final CprHasher cprHasher;
    private final String password;
    private final JdbcTemplate jdbc;
    private final DemoPast past;

    DemoData(MunicipalityService municipalities, ProviderService providers, ProviderQualityService quality,
             CitizenRegistry registry,
             UserAccountService users, CprHasher cprHasher, @Value("${fritvalg.demo.password}") String password,
             JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.past = new DemoPast(jdbc, clock);
        this.municipalities = municipalities;
        this.providers = providers;
        this.quality = quality;
        this.registry = registry;
        this.users = users;
        this.cprHasher = cprHasher;
        this.password = password;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public void run(ApplicationArguments args) {
        Municipality favrskov = municipalities.byCode(FAVRSKOV).filter(Municipality::isOnPortal).orElse(null);
        Municipality kolding = municipalities.byCode(KOLDING).filter(Municipality::isOnPortal).orElse(null);
        if (favrskov == null || kolding == null) {
            log.warn("Demo data skipped: the demo municipalities are not in the catalogue");
            return;
        }
        LocalDate start = LocalDate.of(2025, 3, 1);
        Provider favrskovMunicipal = provider("favrskov-hjemmepleje");
        Provider favrskovPrivate = provider("favrskov-omsorgsgruppen-midt");

        String karenCpr = "0703411236";
        long karen = registry.registerCitizen(favrskov.getId(), karenCpr, new CitizenDetails("Karen", "Jensen",
                "Søndergade 14", "8370", "Hadsten", "karen.jensen@example.dk", "20 11 22 33", false));
        long personalCare = area(favrskov, ServiceAreaKind.PERSONAL_CARE);
        long practicalHelp = area(favrskov, ServiceAreaKind.PRACTICAL_HELP);
        registry.addGrant(karen, personalCare, 120, start, null);
        registry.addGrant(karen, practicalHelp, 60, start, null);
        registry.recordChoice(karen, personalCare, favrskovMunicipal.getId(), start, ChoiceReason.DEFAULT_RULE, null, null);
        boolean freshPracticalHelp = jdbc.queryForObject("SELECT COUNT(*) FROM provider_choice WHERE citizen_id = ? AND service_area_id = ?",
                Integer.class, karen, practicalHelp) == 0;
        // A rehabilitation course not yet placed: Karen chooses, and her own private provider is proposed for continuity.
        registry.addGrant(karen, area(favrskov, ServiceAreaKind.REHABILITATION), 90, LocalDate.of(2026, 11, 1), null);

        String metteCpr = "1506722344";
        long mette = registry.registerRelative(metteCpr, "Mette", "Jensen", "mette.jensen@example.dk", "30 44 55 66");
        registry.registerPowerOfAttorney(mette, karen, PowerOfAttorneyScope.ACT, LocalDate.of(2025, 2, 1), null);

        String poulCpr = "2209381113";
        long poul = registry.registerCitizen(kolding.getId(), poulCpr, new CitizenDetails("Poul", "Hansen",
                "Låsbybanke 3", "6000", "Kolding", "poul.hansen@example.dk", null, false));
        // The care system knows Poul as exempt from Digital Post: his notices are printed as letters for Kolding's staff.
        registry.registerCareSystemChannel(poul, Channel.LETTER);
        registry.addGrant(poul, area(kolding, ServiceAreaKind.PRACTICAL_HELP), 45, start, null);
        registry.recordChoice(poul, area(kolding, ServiceAreaKind.PRACTICAL_HELP), provider("kolding-hjemmepleje").getId(),
                start, ChoiceReason.DEFAULT_RULE, null, null);

        user("borger", "Karen Jensen", Role.CITIZEN, "karen.jensen@example.dk", favrskov.getId(), null, karen, null, karenCpr);
        user("paaroerende", "Mette Jensen", Role.RELATIVE, "mette.jensen@example.dk", null, null, null, mette, metteCpr);
        user("leverandoer", "Lone Madsen (Omsorgsgruppen Midt)", Role.PROVIDER_ADMIN, "lone@example.omsorgsgruppen-midt.dk",
                favrskov.getId(), favrskovPrivate.getId(), null, null, null);
        user("medarbejder", "Jonas Holm (Favrskov Kommune)", Role.MUNICIPAL_NEEDS_ASSESSMENT, "jonas.holm@example.favrskov.dk",
                favrskov.getId(), null, null, null, null);
        user("admin", "Birgitte Lund (Favrskov Kommune)", Role.MUNICIPAL_ADMIN, "birgitte.lund@example.favrskov.dk",
                favrskov.getId(), null, null, null, null);
        user("indkoeb", "Sara Nielsen (Favrskov Kommune)", Role.MUNICIPAL_PROCUREMENT, "sara.nielsen@example.favrskov.dk",
                favrskov.getId(), null, null, null, null);
        user("oekonomi", "Peter Friis (Favrskov Kommune)", Role.MUNICIPAL_FINANCE, "peter.friis@example.favrskov.dk",
                favrskov.getId(), null, null, null, null);
        user("kolding-medarbejder", "Ali Demir (Kolding Kommune)", Role.MUNICIPAL_NEEDS_ASSESSMENT, "ali.demir@example.kolding.dk",
                kolding.getId(), null, null, null, null);
        user("kolding-borger", "Poul Hansen", Role.CITIZEN, "poul.hansen@example.dk", kolding.getId(), null, poul, null, poulCpr);
        if (freshPracticalHelp) {
            // Karen's practical help came from the municipality until Mette switched it to Omsorgsgruppen three months ago.
            long metteUser = userId("paaroerende");
            registry.recordChoice(karen, practicalHelp, favrskovMunicipal.getId(), start, ChoiceReason.DEFAULT_RULE, null, null);
            past.effectiveSwitchRequest(favrskov.getId(), karen, practicalHelp, favrskovMunicipal.getId(), favrskovPrivate.getId(),
                    metteUser, mette);
            registry.recordChoice(karen, practicalHelp, favrskovPrivate.getId(), past.switchDate(), ChoiceReason.SWITCH, metteUser, mette);
        }
        if (past.needed(karen)) {
            past.orders(favrskov.getId(), karen, userId("borger"),
                    new DemoPast.Provider(favrskovPrivate.getId(), favrskovPrivate.getName(), addOnId("favrskov-omg-ekstra-bad"),
                            favrskovPrivate.profile().cancellationDeadlineHour()),
                    new DemoPast.Provider(favrskovMunicipal.getId(), favrskovMunicipal.getName(), addOnId("favrskov-hj-vinduer"),
                            favrskovMunicipal.profile().cancellationDeadlineHour()));
        }
        qualityFigures();
        log.info("Demo logins ready: borger, paaroerende, leverandoer, medarbejder, indkoeb, oekonomi, admin, kolding-medarbejder, kolding-borger");
    }

    /**
     * Satisfaction and continuity figures until the survey capability exists. Nordlys has too few answers
     * overall and Solsikken too few on personal care, so the portal shows "for få svar" for them.
     */
    private void qualityFigures() {
        LocalDate previousStart = LocalDate.of(2025, 1, 1);
        LocalDate previousEnd = LocalDate.of(2025, 6, 30);
        LocalDate latestStart = LocalDate.of(2026, 1, 1);
        LocalDate latestEnd = LocalDate.of(2026, 6, 30);
        // key, answers, overall, safety, information, coherence, practical help, personal care, citizens, helpers
        Object[][] figures = {
                {"favrskov-hjemmepleje", 212, "4.10", "4.30", "3.80", "3.90", "4.00", "4.20", 410, "6.80"},
                {"favrskov-omsorgsgruppen-midt", 48, "4.60", "4.70", "4.40", "4.50", "4.60", "4.70", 95, "2.40"},
                {"favrskov-solsikken", 19, "4.20", "4.10", "4.00", "4.20", "4.30", "4.80", 60, "3.10"},
                {"favrskov-lindetraeet", 37, "4.40", "4.30", "4.20", "4.10", null, null, 0, null},
                {"favrskov-nordlys", 2, "4.90", "4.90", "4.80", "4.90", "4.90", "4.90", 28, "2.90"},
                {"kolding-hjemmepleje", 350, "3.90", "4.00", "3.60", "3.70", "3.90", "4.00", 520, "7.40"},
                {"kolding-fjordhjertet", 64, "4.50", "4.60", "4.30", "4.40", "4.50", "4.60", 140, "2.60"},
                {"kolding-kildebakken", 31, "4.30", "4.20", "4.10", "4.30", "4.40", "4.20", 70, "3.30"},
                {"kolding-soenderaa-mad", 45, "4.00", "4.10", "3.90", "3.80", null, null, 0, null},
                {"kolding-kloeverhjem", 40, "4.20", "4.30", "4.00", "4.10", "4.20", "4.30", 90, "3.00"},
        };
        QualityDimension[] dimensions = {
                QualityDimension.OVERALL, QualityDimension.SAFETY,
                QualityDimension.INFORMATION, QualityDimension.COHERENCE,
                QualityDimension.PRACTICAL_HELP, QualityDimension.PERSONAL_CARE};
        for (Object[] row : figures) {
            long providerId = provider((String) row[0]).getId();
            int answers = (Integer) row[1];
            for (int d = 0; d < dimensions.length; d++) {
                String score = (String) row[2 + d];
                if (score == null) {
                    continue;
                }
                // Solsikken does little personal care: only two citizens answered that part.
                int dimensionAnswers = row[0].equals("favrskov-solsikken") && dimensions[d] == QualityDimension.PERSONAL_CARE
                        ? 2 : answers;
                BigDecimal latest = new BigDecimal(score);
                quality.recordSatisfaction(providerId, dimensions[d], latestStart, latestEnd, dimensionAnswers, latest,
                        QualitySource.DEMO);
                quality.recordSatisfaction(providerId, dimensions[d], previousStart, previousEnd, answers,
                        latest.subtract(new BigDecimal("0.30")).max(BigDecimal.ONE), QualitySource.DEMO);
            }
            if (row[9] != null) {
                BigDecimal helpers = new BigDecimal((String) row[9]);
                for (int m = 0; m < 3; m++) {
                    quality.recordContinuity(providerId, YearMonth.of(2026, 8 + m), (Integer) row[8] - 2 + m,
                            helpers.add(BigDecimal.valueOf(2 - m, 1)));
                }
            }
        }
    }

    private long userId(String username) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    private long addOnId(String key) {
        return jdbc.queryForObject("SELECT id FROM add_on WHERE catalogue_key = ?", Long.class, key);
    }

    private Provider provider(String key) {
        return providers.byCatalogueKey(key).orElseThrow(() -> new IllegalStateException("Demo provider missing: " + key));
    }

    private long area(Municipality municipality, ServiceAreaKind kind) {
        return municipalities.serviceArea(municipality.getId(), kind).orElseThrow().getId();
    }

    private void user(String username, String name, Role role, String email, Long municipalityId, Long providerId,
                      Long citizenId, Long relativeId, String cpr) {
        if (users.exists(username)) {
            return;
        }
        users.createOrUpdate(new NewUser(username, password, name, role, email, municipalityId, providerId, citizenId,
                relativeId, cpr == null ? null : cprHasher.hash(cpr)));
    }
}
