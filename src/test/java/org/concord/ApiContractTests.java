package org.concord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.concord.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API as integrators code against it: ids are plain strings, money is a decimal string with its currency,
 * responses say application/json and errors application/problem+json, bodies have a size limit, schema names are
 * unique, and the OpenAPI document in the repository is the one the application serves.
 */
@ConcordIntegrationTest
class ApiContractTests {

	/** Where the API document is kept; {@code -Dconcord.openapi.update=true} rewrites it from the running application. */
	static final Path DOCUMENT = Path.of("docs/openapi.json");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

	@Test
	void idsArePlainStringsAndMoneyIsADecimalStringWithItsCurrency() throws Exception {
		var response = mvc.perform(get("/api/v1/registrations").param("size", "5")
				.header("Authorization", "Bearer " + accounts.apiToken("channel"))).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		JsonNode first = json.readTree(response.getContentAsString()).get("content").get(0);
		assertThat(first.get("id").isString()).as("id").isTrue();
		assertThat(first.get("partnerId").isString()).as("partnerId").isTrue();
		JsonNode mrr = first.get("estimatedMrr");
		assertThat(mrr.get("amount").isString()).isTrue();
		assertThat(mrr.get("amount").asString()).matches("-?\\d+\\.\\d{2}");
		assertThat(mrr.get("currency").asString()).isEqualTo("CAD");
		assertThat(mrr.propertyNames()).containsExactlyInAnyOrder("amount", "currency");
	}

	@Test
	void errorsAreProblemDetails() throws Exception {
		String token = accounts.apiToken("northwind.rep");
		var notFound = mvc.perform(get("/api/v1/registrations/" + UUID.randomUUID()).header("Authorization", "Bearer " + token))
				.andReturn().getResponse();
		assertThat(notFound.getStatus()).isEqualTo(404);
		assertThat(notFound.getContentType()).startsWith("application/problem+json");
		var forbidden = mvc.perform(get("/api/v1/payouts").header("Authorization", "Bearer " + token)).andReturn().getResponse();
		assertThat(forbidden.getStatus()).isEqualTo(403);
		assertThat(forbidden.getContentType()).startsWith("application/problem+json");
		var anonymous = mvc.perform(get("/api/v1/me")).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(anonymous.getContentType()).startsWith("application/problem+json");
		var unreadable = mvc.perform(post("/api/v1/registrations").contentType(MediaType.APPLICATION_JSON).content("{not json")
				.header("Authorization", "Bearer " + token)).andReturn().getResponse();
		assertThat(unreadable.getStatus()).isEqualTo(400);
		assertThat(unreadable.getContentType()).startsWith("application/problem+json");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413AndAnImportOnlyAboveItsOwnLimit() throws Exception {
		String token = accounts.apiToken("channel");
		byte[] threeMegabytes = ("{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		var tooLarge = mvc.perform(post("/api/v1/partners").contentType(MediaType.APPLICATION_JSON).content(threeMegabytes)
				.header("Authorization", "Bearer " + token)).andReturn().getResponse();
		assertThat(tooLarge.getStatus()).isEqualTo(413);
		assertThat(tooLarge.getContentType()).startsWith("application/problem+json");
		assertThat(tooLarge.getContentAsString()).contains("at most 2 MB");

		byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
		Arrays.fill(elevenMegabytes, (byte) 'a');
		assertThat(mvc.perform(post("/api/v1/leads/import").contentType("text/csv").content(elevenMegabytes)
				.header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus()).isEqualTo(413);
		var threeMegabyteImport = mvc.perform(post("/api/v1/leads/import").contentType("text/csv").content(threeMegabytes)
				.header("Authorization", "Bearer " + token)).andReturn().getResponse();
		assertThat(threeMegabyteImport.getStatus()).as("within the import limit: read, and refused row by row").isEqualTo(422);
	}

	@Test
	void aPartnerPostingToAnImportIsTurnedAwayByItsRoleBeforeItsFileIsRead() throws Exception {
		byte[] nineMegabytes = new byte[9 * 1024 * 1024];
		Arrays.fill(nineMegabytes, (byte) ',');
		byte[] twelveMegabytes = new byte[12 * 1024 * 1024];
		for (String path : new String[] { "/api/v1/leads/import", "/api/v1/payments/import", "/api/v1/invoices/import" }) {
			for (byte[] file : new byte[][] { nineMegabytes, twelveMegabytes }) {
				var response = mvc.perform(post(path).contentType("text/csv").content(file)
						.header("Authorization", "Bearer " + accounts.apiToken("northwind.rep"))).andReturn().getResponse();
				assertThat(response.getStatus()).as(path + ", " + file.length + " bytes").isEqualTo(403);
				assertThat(response.getContentAsString()).as(path).doesNotContain("row");
			}
		}
	}

	@Test
	void everySchemaNameOfTheApiIsUnique() {
		Map<String, Class<?>> seen = new HashMap<>();
		Set<String> clashes = new HashSet<>();
		Deque<Type> todo = new ArrayDeque<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"))) {
				todo.add(method.getMethod().getGenericReturnType());
				for (var parameter : method.getMethodParameters()) {
					if (parameter.hasParameterAnnotation(RequestBody.class)) {
						todo.add(parameter.getGenericParameterType());
					}
				}
			}
		});
		Set<Type> done = new HashSet<>();
		while (!todo.isEmpty()) {
			Type type = todo.pop();
			if (!done.add(type)) {
				continue;
			}
			if (type instanceof ParameterizedType generic) {
				todo.addAll(List.of(generic.getActualTypeArguments()));
				todo.add(generic.getRawType());
			}
			else if (type instanceof Class<?> c && c.getName().startsWith("org.concord") && (c.isRecord() || c.isEnum())) {
				Class<?> before = seen.putIfAbsent(c.getSimpleName(), c);
				if (before != null && before != c) {
					clashes.add(c.getSimpleName() + ": " + before.getName() + " and " + c.getName());
				}
				if (c.isRecord()) {
					for (RecordComponent component : c.getRecordComponents()) {
						todo.add(component.getGenericType());
					}
				}
			}
		}
		assertThat(seen).as("API types found").hasSizeGreaterThan(30);
		assertThat(clashes).as("two API types with one schema name").isEmpty();
	}

	@Test
	void theApiDocumentInTheRepositoryIsTheOneTheApplicationServes() throws Exception {
		JsonNode served = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		String actual = json.writeValueAsString(served) + "\n";
		if (Boolean.getBoolean("concord.openapi.update")) {
			Files.writeString(DOCUMENT, actual);
		}
		String kept = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "";
		if (!kept.equals(actual)) {
			Path now = Path.of("target/openapi.json");
			Files.writeString(now, actual);
			throw new AssertionError("The API changed: " + DOCUMENT + " differs from what the application serves (written to "
					+ now + "). If the change is on purpose, run ./mvnw verify -Dtest=ApiContractTests "
					+ "-Dconcord.openapi.update=true and commit " + DOCUMENT + ".");
		}
		assertThat(served.get("components").get("schemas").has("Problem")).isTrue();
		assertThat(served.at("/paths/~1api~1v1~1me/get/responses/200/content").has("application/json")).isTrue();
		assertThat(served.at("/paths/~1api~1v1~1me/get/responses/401/content").has("application/problem+json")).isTrue();
	}
}
