package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotAllowedException;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** A new partner starts its type's onboarding checklist, due in days from joining, and checks it off step by step. */
@ConcordIntegrationTest
class OnboardingTests {

	@Autowired
	Onboarding onboarding;

	@Autowired
	PartnerTypes types;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void aNewPartnerGetsItsTypesChecklistDueFromTheDayItJoinedAndChecksItOff() {
		String code = freshType();
		accounts.as("admin", () -> onboarding.changeSteps(code, List.of(
				new OnboardingStepView(0, "Sign the agreement", OnboardingOwner.PARTNER, 7),
				new OnboardingStepView(0, "Kick-off call", OnboardingOwner.VENDOR, 14))));
		LocalDate joined = onboarding.today();
		FreshPartner partner = accounts.freshPartner(code, PartnerTier.BRONZE, "NS");

		var checklist = accounts.as(partner.rep(), () -> onboarding.checklist(partner.id()));
		assertThat(checklist).extracting(OnboardingTaskView::position, OnboardingTaskView::title, OnboardingTaskView::dueOn)
				.containsExactly(tuple(1, "Sign the agreement", joined.plusDays(7)),
						tuple(2, "Kick-off call", joined.plusDays(14)));
		assertThat(checklist.getFirst().overdue(joined.plusDays(7))).isFalse();
		assertThat(checklist.getFirst().overdue(joined.plusDays(8))).as("a day past its due date").isTrue();

		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> onboarding.complete(partner.id(), 2)))
				.as("the vendor's step").isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> onboarding.complete(partner.id(), 1)))
				.as("a rep does not check off the company's steps").isInstanceOf(AccessDeniedException.class);
		clock.advance(Duration.ofHours(1));
		accounts.as(partner.admin(), () -> onboarding.complete(partner.id(), 1));
		accounts.as("channel", () -> onboarding.complete(partner.id(), 2));
		assertThat(accounts.as(partner.rep(), () -> onboarding.checklist(partner.id()))).allMatch(OnboardingTaskView::done)
				.first().satisfies(t -> assertThat(t.doneBy()).isEqualTo(accounts.idOf(partner.admin())));
		assertThatThrownBy(() -> accounts.as("channel", () -> onboarding.complete(partner.id(), 1)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("position"));
		assertThatThrownBy(() -> accounts.as("channel", () -> onboarding.complete(partner.id(), 9)))
				.isInstanceOf(NotFoundException.class);
		FreshPartner other = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(other.rep(), () -> onboarding.checklist(partner.id())))
				.isInstanceOf(NotFoundException.class);

		accounts.as("admin", () -> onboarding.changeSteps(code, List.of(new OnboardingStepView(0, "Only step",
				OnboardingOwner.PARTNER, 3))));
		assertThat(accounts.as(partner.rep(), () -> onboarding.checklist(partner.id()))).as("a partner keeps its checklist")
				.hasSize(2);
	}

	@Test
	void everyTypeStartsWithTheProgramsChecklistAndAVendorAdminChangesItOnThePage() throws Exception {
		assertThat(onboarding.steps("RESELLER")).extracting(OnboardingStepView::title).startsWith("Sign the partner agreement",
				"Kick-off call with your account manager");
		assertThat(accounts.freshPartner("RESELLER", PartnerTier.SILVER, "NS")).satisfies(p -> assertThat(
				accounts.as(p.rep(), () -> onboarding.checklist(p.id()))).hasSize(onboarding.steps("RESELLER").size()));

		String code = freshType();
		WebSession admin = WebSession.loggedIn(mvc, "admin");
		var saved = admin.perform(post("/admin/partner-types/" + code + "/onboarding-steps").with(csrf())
				.param("steps", "partner | 5 | Read the guide\r\n\r\nvendor | 10 | Welcome call"));
		assertThat(saved.getFlashMap().get("notice")).isEqualTo("Onboarding checklist saved.");
		assertThat(onboarding.steps(code)).containsExactly(new OnboardingStepView(1, "Read the guide", OnboardingOwner.PARTNER, 5),
				new OnboardingStepView(2, "Welcome call", OnboardingOwner.VENDOR, 10));
		var refused = admin.perform(post("/admin/partner-types/" + code + "/onboarding-steps").with(csrf())
				.param("steps", "partner | 5 | Read the guide\ncustomer | 3 | Buy"));
		assertThat(refused.getFlashMap().get("problem")).asString().startsWith("steps: Line 2:");
		assertThat(onboarding.steps(code)).as("nothing refused was kept").hasSize(2);
		assertThat(admin.perform(get("/admin/partner-types")).getResponse().getContentAsString())
				.contains("vendor | 10 | Welcome call");
		assertThatThrownBy(() -> accounts.as("channel", () -> onboarding.changeSteps(code, List.of())))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theApiReplacesAChecklistAndNamesTheStepAtFault() throws Exception {
		String code = freshType();
		String token = "Bearer " + accounts.apiToken("admin");
		var bad = mvc.perform(put("/api/v1/partner-types/" + code + "/onboarding-steps").header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON).content("[{\"title\":\"Read\",\"owner\":\"PARTNER\",\"dueDays\":7},"
						+ "{\"title\":\"Call\",\"owner\":\"VENDOR\"}]")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("steps", "Step 2").doesNotContain("Exception");
		var ok = mvc.perform(put("/api/v1/partner-types/" + code + "/onboarding-steps").header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON).content("[{\"title\":\"Read\",\"owner\":\"PARTNER\",\"dueDays\":7}]"))
				.andReturn().getResponse();
		assertThat(ok.getStatus()).isEqualTo(200);
		assertThat(onboarding.steps(code)).containsExactly(new OnboardingStepView(1, "Read", OnboardingOwner.PARTNER, 7));
	}

	private String freshType() {
		String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
		accounts.as("admin", () -> types.add(code, new PartnerTypeDetails("Onboarding " + code, false, false)));
		return code;
	}
}
