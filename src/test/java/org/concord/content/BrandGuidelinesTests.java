package org.concord.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.shared.NotFoundException;
import org.concord.training.TrainingFixtures;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Brand Guidelines room: each brand's assets on that brand's portal, apart from the Resources room; a co-branded
 * PDF downloads with the partner's own name and contact on every page.
 */
@ConcordIntegrationTest
class BrandGuidelinesTests {

	@Autowired
	Library library;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void eachBrandsAssetsOnItsOwnPortalAndCoBrandedCollateralCarriesThePartnersName() throws Exception {
		String tag = "b" + UUID.randomUUID().toString().substring(0, 6);
		ResourceView logo = accounts.as("channel", () -> library.add(new ResourceDraft("Logo pack " + tag, null, ResourceCategory.LOGOS,
				tag, "https://example.org/logos", null, null, null, null), null));
		ResourceView flyer = accounts.as("channel", () -> library.add(new ResourceDraft("CubeDMS flyer " + tag, null,
				ResourceCategory.CO_BRANDED, tag, null, null, null, null, Set.of("cube")),
				new Upload("flyer.pdf", new ByteArrayInputStream(TrainingFixtures.samplePdf()))));
		FreshPartner partner = accounts.freshPartner();

		assertThat(accounts.as(partner.rep(), () -> library.list("lighthouse", true, null, null, 0, 100)).content())
				.extracting(ResourceView::title).contains("Logo pack " + tag).doesNotContain("CubeDMS flyer " + tag);
		assertThat(accounts.as(partner.rep(), () -> library.list("cube", true, null, null, 0, 100)).content())
				.extracting(ResourceView::title).contains("Logo pack " + tag, "CubeDMS flyer " + tag);
		assertThat(accounts.as(partner.rep(), () -> library.list("cube", false, null, tag, 0, 100)).content())
				.as("brand assets are not in Resources").isEmpty();

		WebSession cube = new WebSession(mvc, "cube.localhost", "127.0.0.1");
		cube.login(partner.rep(), TestAccounts.PASSWORD);
		assertThat(cube.perform(get("/brand-guidelines")).getResponse().getContentAsString()).contains("CubeDMS flyer " + tag)
				.contains("With your company");
		var pdf = cube.perform(get("/resources/" + flyer.id() + "/co-branded")).getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment;").contains("flyer");
		String partnerName = partnerName(partner);
		try (PdfReader reader = new PdfReader(pdf.getContentAsByteArray())) {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Course handbook").contains("Presented by " + partnerName)
					.contains(TestAccounts.emailOf(partner.rep()));
		}
		WebSession lighthouse = WebSession.loggedIn(mvc, partner.rep());
		assertThat(lighthouse.perform(get("/resources/" + flyer.id() + "/co-branded")).getResponse().getStatus())
				.as("another brand's asset").isEqualTo(404);
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> library.coBranded(logo.id(), "lighthouse")))
				.as("not a co-branded material").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as("channel", () -> library.coBranded(flyer.id(), "cube")))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(accounts.as("channel", () -> library.downloadsOf(flyer.id()))).isEqualTo(1);
	}

	private String partnerName(FreshPartner partner) {
		return "Test Partner " + partner.admin().split("\\.")[0];
	}
}
