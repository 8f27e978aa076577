package org.concord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ConcordIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PlatformIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void healthReadinessAndMetricsAreServed() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		String metrics = admin.perform(get("/actuator/prometheus")).getResponse().getContentAsString();
		assertThat(metrics).contains("jvm_memory_used_bytes").contains("http_server_requests");
		assertThat(admin.perform(get("/actuator/health")).getResponse().getContentAsString()).as("details for a vendor admin")
				.contains("\"db\"");
	}

	@Test
	void metricsAndHealthDetailsAreNotForAnyoneOnThePublicPort() throws Exception {
		assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(WebSession.loggedIn(mvc, "channel").perform(get("/actuator/prometheus")).getResponse().getStatus()).isEqualTo(403);
		assertThat(WebSession.loggedIn(mvc, "northwind.admin").perform(get("/actuator/prometheus")).getResponse().getStatus())
				.isEqualTo(403);
		assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString())
				.doesNotContain("\"db\"").doesNotContain("diskSpace");
	}

	@Autowired
	LoggingSystem logging;

	@Test
	void requestsAreLoggedWithoutQueryStringsOrPasswords(CapturedOutput output) throws Exception {
		// the suite keeps the request log quiet; production logs it at INFO, as here
		logging.setLogLevel("concord.request", LogLevel.INFO);
		try {
			WebSession web = new WebSession(mvc, "lighthouse.localhost", "10.5.0.1");
			web.perform(get("/reset-password").param("token", "rst_secret-token-value"));
			web.perform(post("/login").param("username", "northwind.rep").param("password", "my-Secret-passw0rd").with(csrf()));
		}
		finally {
			logging.setLogLevel("concord.request", LogLevel.WARN);
		}

		assertThat(output).contains("GET /reset-password 200").contains("POST /login 302");
		assertThat(output).doesNotContain("rst_secret-token-value").doesNotContain("my-Secret-passw0rd");
	}

	@Test
	void errorsAreNeverStackTraces() throws Exception {
		WebSession web = WebSession.loggedIn(mvc, "northwind.admin");
		String page = web.perform(get("/partners/not-a-uuid")).getResponse().getContentAsString();
		assertThat(page).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void theDemoDataHasThreeBrandsVendorStaffAndFivePartnersWithPeople() {
		assertThat(jdbc.queryForList("select host from brand", String.class))
				.contains("lighthouse.localhost", "cube.localhost", "quartz.localhost");
		assertThat(jdbc.queryForList("select distinct role from user_account where partner_id is null", String.class))
				.contains("VENDOR_ADMIN", "CHANNEL_MANAGER", "VENDOR_SALES_REP");
		assertThat(jdbc.queryForObject("""
				select count(*) from partner_company p where p.name in ('Northwind Safety Consulting', 'Harbour Compliance Group',
				'Summit Quality Systems', 'Maple Integrators', 'Atlantic Referral Partners')
				and exists (select 1 from user_account u where u.partner_id = p.id and u.role = 'PARTNER_ADMIN')
				and exists (select 1 from user_account u where u.partner_id = p.id and u.role = 'PARTNER_REP')""", Integer.class)).isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(distinct type) from partner_company", Integer.class)).isGreaterThanOrEqualTo(5);
		assertThat(jdbc.queryForObject("select count(distinct tier) from partner_company", Integer.class)).isGreaterThanOrEqualTo(4);
	}
}
