package dk.fritvalg.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Frit Valg open API", version = "v1", description = """
                For municipal care systems (citizens, grants, provider choices) and providers' own systems (add-on orders \
                and visits). Authenticate with an API key: `Authorization: Bearer fv_…`; a key has scopes and belongs to one \
                municipality or one provider, and sees only that tenant's data. Lists are paged with an opaque `cursor` \
                (`nextCursor` in each page; absent on the last). Updates need `If-Match` with the `ETag` last read; creates \
                need an `Idempotency-Key` (sending the same key and body again returns the first answer). Errors are \
                `application/problem+json` (RFC 9457) with `errors[].field` naming what is wrong. Each key has a rate limit \
                (429 with `Retry-After`), and request bodies are limited in size (413)."""),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "fv_…",
        description = "An API key issued by the municipality's administrator or the provider's administrator.")
class OpenApiConfiguration {
}
