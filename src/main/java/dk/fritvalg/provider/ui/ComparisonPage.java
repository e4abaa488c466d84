package dk.fritvalg.provider.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ProviderComparisonService;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the public comparison pages share: the municipality from the address and the area they compare in. */
abstract class ComparisonPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter naming the service area, e.g. {@code omraade=PERSONAL_CARE}. */
    static final String AREA = "omraade";

    protected final MunicipalityService municipalities;
    protected final ProviderComparisonService comparison;
    protected final ComparisonTexts texts = new ComparisonTexts(this);

    ComparisonPage(MunicipalityService municipalities, ProviderComparisonService comparison) {
        this.municipalities = municipalities;
        this.comparison = comparison;
        addClassName("page");
    }

    /** The municipality in the address when it is on the portal; otherwise the page is not found. */
    Municipality municipality(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        return municipalities.byCode(code).filter(Municipality::isOnPortal).orElseThrow(NotFoundException::new);
    }

    static Optional<ServiceAreaKind> areaKind(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getParameters().getOrDefault(AREA, List.of()).stream().findFirst()
                .flatMap(kind -> Arrays.stream(ServiceAreaKind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst());
    }

    static String listLink(String code, Optional<ServiceAreaKind> kind) {
        return "kommune/" + code + "/leverandoerer" + kind.map(k -> "?" + AREA + "=" + k.name()).orElse("");
    }

    @Override
    public String getPageTitle() {
        return title() + " – " + getTranslation("app.name");
    }

    abstract String title();
}
