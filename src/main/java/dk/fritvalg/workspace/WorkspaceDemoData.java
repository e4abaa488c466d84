package dk.fritvalg.workspace;

import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.ApiClients;
import dk.fritvalg.security.ApiScope;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.UserAccountService;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's provider workspace and open API: an order handler at Omsorgsgruppen Midt ({@code ordremodtager}), and
 * documented demo API keys for Favrskov's care system and Omsorgsgruppen's own system (see README).
 */
@Component
@Profile("demo")
@Order(30)
class WorkspaceDemoData implements ApplicationRunner {

    static final String FAVRSKOV_CARE_SYSTEM_KEY = "fv_demo-favrskov-care-system-key";
    static final String OMSORGSGRUPPEN_SYSTEM_KEY = "fv_demo-omsorgsgruppen-system-key";
    private static final Logger log = LoggerFactory.getLogger(WorkspaceDemoData.class);

    private final UserAccountService users;
    private final ProviderService providers;
    private final MunicipalityService municipalities;
    private final ApiClients apiClients;
    private final String password;

    WorkspaceDemoData(UserAccountService users, ProviderService providers, MunicipalityService municipalities, ApiClients apiClients,
                      @Value("${fritvalg.demo.password}") String password) {
        this.users = users;
        this.providers = providers;
        this.municipalities = municipalities;
        this.apiClients = apiClients;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        var omsorgsgruppen = providers.byCatalogueKey("favrskov-omsorgsgruppen-midt").orElse(null);
        var favrskov = municipalities.byCode("0710").orElse(null);
        if (omsorgsgruppen == null || favrskov == null) {
            return;
        }
        users.createOrUpdate(new UserAccountService.NewUser("ordremodtager", password, "Ali Hassan (Omsorgsgruppen Midt)",
                Role.PROVIDER_ORDER_HANDLER, "ali@example.omsorgsgruppen-midt.dk", favrskov.getId(), omsorgsgruppen.getId(), null, null,
                null));
        apiClients.registerKnownKeyAsSystem(FAVRSKOV_CARE_SYSTEM_KEY, "Demo: Favrskovs omsorgssystem", Role.CARE_SYSTEM, favrskov.getId(),
                null, EnumSet.of(ApiScope.REFERENCE_READ, ApiScope.CITIZENS_READ, ApiScope.CITIZENS_WRITE, ApiScope.CHOICES_READ));
        apiClients.registerKnownKeyAsSystem(OMSORGSGRUPPEN_SYSTEM_KEY, "Demo: Omsorgsgruppens planlægning", Role.PROVIDER_SYSTEM, null,
                omsorgsgruppen.getId(), EnumSet.of(ApiScope.REFERENCE_READ, ApiScope.ORDERS_READ));
        log.info("Demo workspace ready: ordremodtager (order handler); demo API keys in the README");
    }
}
