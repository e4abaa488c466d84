package dk.fritvalg.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An address under the API's resources that is no endpoint gets a problem+json 404, not the portal's HTML page. (Not
 * all of /api/**: the browsable documentation's pages are served by handlers that come after the controllers.)
 */
@RestController
@Hidden
class UnknownEndpointApi {

    @RequestMapping({"/api", "/api/", "/api/v1", "/api/v1/", "/api/v1/citizens/**", "/api/v1/providers/**",
            "/api/v1/municipalities/**", "/api/v1/provider-choices/**", "/api/v2/**"})
    void unknown() {
        throw ApiException.notFound("No such endpoint; see /api/v1/openapi.json.");
    }
}
