package dk.fritvalg.loadtest;

import dk.fritvalg.citizen.ChoiceReason;
import dk.fritvalg.citizen.CitizenDetails;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import dk.fritvalg.security.UserAccountService.NewUser;
import dk.fritvalg.shared.CprHasher;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code fritvalg.load.citizens} citizens in Favrskov (default 1,000) with logins {@code last-0001}, … and the demo
 * password, each with personal care from the municipality and practical help from Omsorgsgruppen Midt (which sells
 * add-ons). The password is hashed once and the hash copied: bcrypt per user would take minutes. Idempotent.
 */
@Component
@Profile("load")
@Order(30)
class LoadTestCitizens implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LoadTestCitizens.class);

    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final CitizenRegistry registry;
    private final UserAccountService users;
    private final CprHasher cprHasher;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String password;
    private final int count;

    LoadTestCitizens(MunicipalityService municipalities, ProviderService providers, CitizenRegistry registry, UserAccountService users,
                     CprHasher cprHasher, JdbcTemplate jdbc, TransactionTemplate transaction,
                     @Value("${fritvalg.demo.password}") String password, @Value("${fritvalg.load.citizens:1000}") int count) {
        this.municipalities = municipalities;
        this.providers = providers;
        this.registry = registry;
        this.users = users;
        this.cprHasher = cprHasher;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.password = password;
        this.count = count;
    }

    static String username(int i) {
        return "last-%04d".formatted(i);
    }

    @Override
    public void run(ApplicationArguments args) {
        Municipality favrskov = municipalities.byCode("0710").orElseThrow();
        long personalCare = municipalities.serviceArea(favrskov.getId(), ServiceAreaKind.PERSONAL_CARE).orElseThrow().getId();
        long practicalHelp = municipalities.serviceArea(favrskov.getId(), ServiceAreaKind.PRACTICAL_HELP).orElseThrow().getId();
        Provider municipal = providers.byCatalogueKey("favrskov-hjemmepleje").orElseThrow();
        Provider omsorgsgruppen = providers.byCatalogueKey("favrskov-omsorgsgruppen-midt").orElseThrow();
        LocalDate start = LocalDate.of(2025, 3, 1);
        int made = 0;
        for (int i = 1; i <= count; i++) {
            String username = username(i);
            if (users.exists(username)) {
                continue;
            }
            // Fictitious CPR numbers: day 1–28, month 1–12, born 1930–1949, a serial.
            String cpr = "%02d%02d%02d%04d".formatted(1 + i % 28, 1 + (i / 28) % 12, 30 + (i / 336) % 20, 1000 + i);
            int n = i;
            transaction.executeWithoutResult(status -> {
                long citizen = registry.registerCitizen(favrskov.getId(), cpr, new CitizenDetails("Last", "Borger " + n,
                        "Testvej " + n, "8370", "Hadsten", "last-" + n + "@example.dk", null, false));
                registry.addGrant(citizen, personalCare, 120, start, null);
                registry.addGrant(citizen, practicalHelp, 60, start, null);
                registry.recordChoice(citizen, personalCare, municipal.getId(), start, ChoiceReason.DEFAULT_RULE, null, null);
                registry.recordChoice(citizen, practicalHelp, omsorgsgruppen.getId(), start, ChoiceReason.DEFAULT_RULE, null, null);
                if (n == 1) {
                    users.createOrUpdate(new NewUser(username, password, "Last Borger " + n, Role.CITIZEN, "last-" + n + "@example.dk",
                            favrskov.getId(), null, citizen, null, cprHasher.hash(cpr)));
                } else {
                    jdbc.update("""
                            INSERT INTO user_account (username, password_hash, display_name, role, municipality_id, citizen_id, cpr_hash, email)
                            SELECT ?, password_hash, ?, role, municipality_id, ?, ?, ? FROM user_account WHERE username = ?""",
                            username, "Last Borger " + n, citizen, cprHasher.hash(cpr), "last-" + n + "@example.dk", username(1));
                }
            });
            made++;
        }
        if (made > 0) {
            log.info("Load test: {} citizens with logins last-0001 … {}", made, username(count));
        }
    }
}
