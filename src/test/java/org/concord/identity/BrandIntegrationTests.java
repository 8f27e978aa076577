package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@ConcordIntegrationTest
class BrandIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "lighthouse.localhost, Lighthouse HSE, #0B5FA5", "cube.localhost, CubeDMS, #2E7D32",
			"quartz.localhost, QuartzQMS, #6A1B9A", "unknown.example, Lighthouse HSE, #0B5FA5" })
	void theHostChoosesTheBrand(String host, String name, String colour) throws Exception {
		WebSession visitor = new WebSession(mvc, host, "10.4.0.1");
		assertThat(visitor.perform(get("/login")).getResponse().getContentAsString()).contains(name + " Partner Portal");
		assertThat(visitor.perform(get("/brand/theme.css")).getResponse().getContentAsString()).contains(colour);
		assertThat(visitor.perform(get("/brand/logo")).getResponse().getContentAsString()).contains(name);
	}

	@Test
	void onlyAVendorAdminManagesBrands() throws Exception {
		assertThat(WebSession.loggedIn(mvc, "channel").perform(get("/admin/brands")).getResponse().getStatus()).isEqualTo(403);
		assertThat(WebSession.loggedIn(mvc, "northwind.admin").perform(get("/admin/brands")).getResponse().getStatus()).isEqualTo(403);
		assertThat(WebSession.loggedIn(mvc, "admin").perform(get("/admin/brands")).getResponse().getContentAsString())
				.contains("cube.localhost").contains("quartz.localhost");
	}

	@Test
	void aBrandEditIsValidatedFieldByField() throws Exception {
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		String id = quartzId();
		MvcResult bad = admin.perform(post("/admin/brands/" + id).param("name", "QuartzQMS").param("host", "quartz.localhost")
				.param("primaryColour", "purple").param("accentColour", "#E91E63").param("supportEmail", "partner@quartzqms.com")
				.param("senderAddress", "no-reply@quartzqms.com").with(csrf()));
		assertThat(bad.getResponse().getStatus()).isEqualTo(200);
		assertThat(bad.getModelAndView().getModel().get("org.springframework.validation.BindingResult.form").toString())
				.contains("field 'primaryColour'");
		assertThat(jdbc.queryForObject("select primary_colour from brand where code = 'quartz'", String.class)).isEqualTo("#6A1B9A");

		MvcResult taken = admin.perform(post("/admin/brands/" + id).param("name", "QuartzQMS").param("host", "cube.localhost")
				.param("primaryColour", "#6A1B9A").param("accentColour", "#E91E63").param("supportEmail", "partner@quartzqms.com")
				.param("senderAddress", "no-reply@quartzqms.com").with(csrf()));
		assertThat(taken.getResponse().getContentAsString()).contains("Another brand already uses this host");
	}

	@Test
	void aLogoUploadIsCheckedForTypeAndSize() throws Exception {
		byte[] original = jdbc.queryForObject("select logo from brand where code = 'quartz'", byte[].class);
		try {
			uploadsAreChecked();
		}
		finally {
			jdbc.update("update brand set logo = ?, logo_content_type = 'image/svg+xml' where code = 'quartz'", original);
		}
	}

	private void uploadsAreChecked() throws Exception {
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		String id = quartzId();
		MvcResult script = admin.perform(multipart("/admin/brands/" + id + "/logo")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
				.with(csrf()));
		assertThat(script.getFlashMap().get("problem").toString()).contains("PNG, JPEG or WebP");

		byte[] huge = new byte[300 * 1024];
		huge[0] = (byte) 0x89; huge[1] = 'P'; huge[2] = 'N'; huge[3] = 'G'; huge[4] = 0x0D; huge[5] = 0x0A; huge[6] = 0x1A; huge[7] = 0x0A;
		MvcResult tooBig = admin.perform(multipart("/admin/brands/" + id + "/logo")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", huge)).with(csrf()));
		assertThat(tooBig.getFlashMap().get("problem").toString()).contains("256 KB");
		assertThat(jdbc.queryForObject("select logo_content_type from brand where code = 'quartz'", String.class)).isEqualTo("image/svg+xml");

		byte[] png = Arrays.copyOf(huge, 64);
		admin.perform(multipart("/admin/brands/" + id + "/logo").file(new MockMultipartFile("logo", "x.bin", "application/octet-stream", png)).with(csrf()));
		assertThat(jdbc.queryForObject("select logo_content_type from brand where code = 'quartz'", String.class)).isEqualTo("image/png");
		assertThat(new WebSession(mvc, "quartz.localhost", "10.4.0.2").perform(get("/brand/logo")).getResponse().getContentType()).isEqualTo("image/png");
	}

	private String quartzId() {
		return jdbc.queryForObject("select id from brand where code = 'quartz'", String.class);
	}
}
