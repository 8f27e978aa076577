package org.concord.identity.api;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The API description: every call takes a personal API token as a bearer token, answers {@code application/json},
 * and answers every error as an RFC 9457 problem detail ({@code application/problem+json}). The document is kept in
 * the repository as {@code docs/openapi.json}; a test fails when the running application's document differs.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Concord API", version = "v1",
		description = "Partner relationship management. Create a personal API token on the API page "
				+ "and send it as Authorization: Bearer <token>. Ids are strings; money is {\"amount\": \"90.00\", "
				+ "\"currency\": \"CAD\"}; errors are RFC 9457 problem details naming each field at fault."),
		servers = @Server(url = "/", description = "This Concord installation"),
		security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {

	static final String PROBLEM = "Problem";
	static final String PROBLEM_JSON = "application/problem+json";

	private static final Map<String, String> ERRORS = Map.of(
			"400", "Invalid input: the errors list names each field at fault",
			"401", "No API token, or an unknown, expired or revoked one",
			"403", "The caller's role does not allow this",
			"404", "Not found, or outside the caller's partner scope",
			"413", "The request body is larger than allowed",
			"429", "The partner's daily cap on registrations is reached: register the rest tomorrow, or ask the vendor to raise it");

	/** Operations that submit a registration, and so count against the partner's daily cap. */
	private static final Set<String> CAPPED = Set.of("/api/v1/registrations",
			"/api/v1/registrations/{id}/register-again");

	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> {
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				boolean body = operation.getRequestBody() != null;
				boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
				add(operation, "401");
				add(operation, "403");
				if (body || parameters) {
					add(operation, "400");
				}
				if (path.contains("{")) {
					add(operation, "404");
				}
				if (body) {
					add(operation, "413");
				}
			}));
			CAPPED.stream().map(api.getPaths()::get).filter(Objects::nonNull).map(item -> item.getPost())
					.filter(Objects::nonNull).forEach(operation -> add(operation, "429"));
		};
	}

	private static void add(Operation operation, String status) {
		if (!operation.getResponses().containsKey(status)) {
			operation.getResponses().addApiResponse(status, new ApiResponse().description(ERRORS.get(status))
					.content(new Content().addMediaType(PROBLEM_JSON,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldProblem = new ObjectSchema().addProperty("field", new StringSchema())
				.addProperty("message", new StringSchema());
		return new ObjectSchema().description("An RFC 9457 problem detail")
				.addProperty("type", new StringSchema().example("urn:concord:problem:invalid-input"))
				.addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema())
				.addProperty("instance", new StringSchema())
				.addProperty("errors", new ArraySchema().items(fieldProblem)
						.description("For invalid input: each field at fault and what is wrong with it"));
	}
}
