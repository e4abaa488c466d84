package dk.fritvalg;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Frit Valg: free choice of care provider and add-on services.
 * Styled with Lumo plus the portal's own stylesheet from {@code frontend/}, so neither dev mode
 * nor the production build needs a front-end bundle build.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Meta(name = "color-scheme", content = "light")
public class FritValgApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FritValgApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Frit Valg");
        settings.addFavIcon("icon", "images/favicon.svg", "32x32");
    }
}
