package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ConcordIntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTokenCreatedInThePortalIsShownOnceStoredHashedAndWorksUntilRevoked() throws Exception {
		var partner = accounts.freshPartner();
		WebSession web = WebSession.loggedIn(mvc, partner.admin());

		MvcResult created = web.perform(post("/settings/api-tokens").param("name", "crm sync").with(csrf()));
		String token = ((ApiTokens.CreatedToken) created.getModelAndView().getModel().get("created")).secret();
		assertThat(created.getResponse().getContentAsString()).contains(token).contains("will not be shown again");
		assertThat(web.perform(get("/settings/api-tokens")).getResponse().getContentAsString()).doesNotContain(token);
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, Secrets.sha256(token))).isOne();
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token)).isZero();

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(partner.admin()))
				.andExpect(jsonPath("$.passwordHash").doesNotExist());

		String id = jdbc.queryForObject("select id from api_token where token_hash = ?", String.class, Secrets.sha256(token));
		web.perform(post("/settings/api-tokens/" + id + "/revoke").with(csrf()));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		var partner = accounts.freshPartner();
		accounts.apiToken(partner.rep());
		String id = jdbc.queryForObject("select t.id from api_token t join user_account u on u.id = t.user_id where u.username = ?",
				String.class, partner.rep());
		WebSession admin = WebSession.loggedIn(mvc, partner.admin());
		assertThat(admin.perform(post("/settings/api-tokens/" + id + "/revoke").with(csrf())).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void withoutATokenTheApiAnswers401AsAProblem() throws Exception {
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json")).andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cct_made_up")).andExpect(status().isUnauthorized());
	}

	@Test
	void aDeactivatedUsersTokenStopsWorking() throws Exception {
		var partner = accounts.freshPartner();
		String token = accounts.apiToken(partner.rep());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		accounts.as(partner.admin(), () -> {
			peopleService.deactivate(new UserId(accounts.idOf(partner.rep())));
		});
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Autowired
	People peopleService;

	@Test
	void invalidInputIsAProblemDetailNamingEachField() throws Exception {
		String token = accounts.apiToken("admin");
		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"x\",\"email\":\"nope\",\"displayName\":\"\",\"role\":\"PARTNER_REP\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.title").value("Invalid input"))
				.andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'displayName')]").exists())
				.andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
				.andExpect(jsonPath("$.trace").doesNotExist());

		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"someone.new\",\"email\":\"someone@example.org\",\"displayName\":\"Someone\",\"role\":\"PARTNER_REP\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partnerId"));

		mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
				.content("{not json")).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
				.andExpect(jsonPath("$.paths['/api/v1/me']").exists())
				.andExpect(jsonPath("$.paths['/api/v1/partners/{id}']").exists())
				.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}
}
