package dk.fritvalg.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Danish by default; {@code ?lang=en} or {@code ?lang=da} on any page switches and is remembered in a
 * cookie. Sets the UI's locale and the page's {@code <html lang>} so screen readers read the right language.
 */
@Component
public class LanguageSupport extends OncePerRequestFilter implements VaadinServiceInitListener {

    static final String COOKIE = "fritvalg-lang";
    private static final String CHOSEN = LanguageSupport.class.getName() + ".chosen";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requested = request.getParameter("lang");
        if ("da".equals(requested) || "en".equals(requested)) {
            Cookie cookie = new Cookie(COOKIE, requested);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            request.setAttribute(CHOSEN, requested);
        }
        chain.doFilter(request, response);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(localeOf(VaadinRequest.getCurrent())));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", localeOf(response.getVaadinRequest()).getLanguage()));
    }

    /** The language the request asks for: a fresh choice, the remembered one, or Danish. */
    public static Locale localeOf(VaadinRequest request) {
        if (request == null) {
            return TranslationProvider.DANISH;
        }
        Object chosen = request.getAttribute(CHOSEN);
        if (chosen == null) {
            chosen = request.getParameter("lang");
        }
        if (chosen == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    chosen = cookie.getValue();
                }
            }
        }
        return TranslationProvider.supported(chosen == null ? null : Locale.of(chosen.toString()));
    }
}
