package org.concord.identity.api;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The API description: every call takes a personal API token as a bearer token. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Concord API", version = "v1",
		description = "Partner relationship management. Create a personal API token under Settings > API tokens "
				+ "and send it as Authorization: Bearer <token>. Errors are RFC 9457 problem details."),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {
}
