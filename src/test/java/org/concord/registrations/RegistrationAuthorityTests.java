package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import java.util.List;
import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotAllowedException;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;

/**
 * Who may act on a registration: the registering partner's own people move, close, renew and resubmit it; a partner
 * the vendor invited sees it and adds its own Contact Log rows and assistance requests, nothing more; on the
 * vendor's side only the channel team closes or takes over a partner's registration, always saying why.
 */
@ConcordIntegrationTest
class RegistrationAuthorityTests {

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationLists registrationLists;

	@Autowired
	Renewals renewals;

	@Autowired
	Deals deals;

	@Autowired
	Assistance assistance;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void anInvitedCoSellerCannotCloseMoveOrRenewTheRegisteringPartnersDealOverTheApi() throws Exception {
		FreshPartner owner = accounts.freshPartner();
		FreshPartner coSeller = accounts.freshPartner();
		var deal = fixtures.approved(owner.rep(), Prospect.fresh());
		invite(deal.id(), coSeller, AttributionRole.CO_SELL);
		String token = accounts.apiToken(coSeller.rep());

		for (var call : List.of(
				post("/api/v1/registrations/" + deal.id() + "/closing").content("{\"won\":false,\"note\":\"gone\"}"),
				post("/api/v1/registrations/" + deal.id() + "/closing").content("{\"won\":true}"),
				post("/api/v1/registrations/" + deal.id() + "/stage").content("{\"stage\":\"NEGOTIATION\"}"),
				post("/api/v1/registrations/" + deal.id() + "/renewal").content("{}"))) {
			var response = mvc.perform(call.contentType(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token))
					.andReturn().getResponse();
			assertThat(response.getStatus()).as(call.toString()).isEqualTo(403);
			assertThat(response.getContentAsString()).contains("registering partner");
		}
		var after = accounts.as(owner.rep(), () -> registrations.get(deal.id()));
		assertThat(after.summary().status()).as("still protected").isEqualTo(RegistrationStatus.APPROVED);
		assertThat(after.summary().stage()).isEqualTo(Stage.QUALIFIED);
		assertThat(accounts.as(owner.rep(), () -> registrations.isRegistered("cube", after.summary().companyName(), null, null, null)))
				.isTrue();
	}

	@Test
	void anInvitedPartnerAddsItsOwnContactLogRowsAndAssistanceRequestsAndSeesOnlyThem() {
		FreshPartner owner = accounts.freshPartner();
		FreshPartner coSeller = accounts.freshPartner();
		var deal = fixtures.approved(owner.rep(), Prospect.fresh());
		invite(deal.id(), coSeller, AttributionRole.CO_SELL);
		LocalDate today = LocalDate.now(clock);
		accounts.as(owner.rep(), () -> {
			deals.logContact(deal.id(), today, ContactType.CALL, "Owner's own call notes");
		});
		accounts.as(coSeller.rep(), () -> {
			deals.logContact(deal.id(), today, ContactType.MEETING, "Co-seller's demo");
			assistance.request(deal.id(), AssistanceKind.PRODUCT_EXPERTISE, "Which modules for a clinic?");
		});

		var seenByCoSeller = accounts.as(coSeller.rep(), () -> registrations.get(deal.id()));
		assertThat(seenByCoSeller.contactLog()).extracting(RegistrationDetails.ContactLogLine::summary)
				.containsExactly("Co-seller's demo");
		assertThat(seenByCoSeller.summary().partnerId()).as("who registered it").isNull();
		assertThat(seenByCoSeller.submittedBy()).isNull();
		assertThat(seenByCoSeller.partnerProvidingId()).isNull();
		assertThat(seenByCoSeller.history()).isEmpty();
		assertThat(accounts.as(coSeller.rep(), () -> registrationLists.list(null, null, null, 0, 100)).content())
				.filteredOn(s -> s.id().equals(deal.id())).singleElement().satisfies(s -> assertThat(s.partnerId()).isNull());

		var seenByOwner = accounts.as(owner.rep(), () -> registrations.get(deal.id()));
		assertThat(seenByOwner.contactLog()).extracting(RegistrationDetails.ContactLogLine::summary)
				.containsExactly("Owner's own call notes");
		assertThat(seenByOwner.history()).extracting(RegistrationDetails.HistoryLine::by)
				.doesNotContain(accounts.idOf(coSeller.rep()));
		assertThat(seenByOwner.history()).extracting(RegistrationDetails.HistoryLine::note).noneMatch(
				note -> note != null && note.contains(coSeller.id().toString()));
	}

	@Test
	void onlyTheChannelTeamClosesOrTakesOverAPartnersDealAndAlwaysSaysWhy() {
		FreshPartner owner = accounts.freshPartner();
		var deal = fixtures.approved(owner.rep(), Prospect.fresh());

		assertThatThrownBy(() -> accounts.as("sales", () -> {
			deals.markLost(deal.id(), "Lost to a competitor");
		})).as("a vendor sales rep").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.as("sales", () -> {
			renewals.takeOver(deal.id(), "We want it");
		})).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.as("channel", () -> {
			deals.markWon(deal.id(), " ");
		})).as("the channel team closes with a reason").isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo("note"));
		assertThatThrownBy(() -> accounts.as("channel", () -> {
			renewals.takeOver(deal.id(), "");
		})).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));

		accounts.as("channel", () -> {
			renewals.takeOver(deal.id(), "No contact in a month; our rep calls them.");
		});
		var taken = accounts.as(owner.rep(), () -> registrations.get(deal.id()));
		assertThat(taken.history()).extracting(RegistrationDetails.HistoryLine::note)
				.anySatisfy(note -> assertThat(note).contains("No contact in a month"));

		assertThatThrownBy(() -> accounts.as(owner.rep(), () -> {
			deals.markWon(deal.id(), "Signed");
		})).as("a partner cannot close a deal the vendor took over").isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> accounts.as(owner.rep(), () -> {
			deals.changeStage(deal.id(), Stage.PROPOSAL);
		})).isInstanceOf(NotAllowedException.class);

		accounts.as("channel", () -> {
			deals.markWon(deal.id(), "Signed by our sales team after the takeover.");
		});
		assertThat(accounts.as(owner.rep(), () -> registrations.get(deal.id())).summary().status()).isEqualTo(RegistrationStatus.WON);
	}

	@Test
	void theRegistrationPageShowsNamesAndOnlyTheActionsTheVisitorMayTake() throws Exception {
		FreshPartner owner = accounts.freshPartner();
		FreshPartner coSeller = accounts.freshPartner();
		var deal = fixtures.approved(owner.rep(), Prospect.fresh());
		invite(deal.id(), coSeller, AttributionRole.CO_SELL);

		String ownerPage = WebSession.loggedIn(mvc, owner.rep()).perform(get("/registrations/" + deal.id()))
				.getResponse().getContentAsString();
		assertThat(ownerPage).contains("CubeDMS").doesNotContain(">cube<").contains("Lighthouse Partner")
				.doesNotContain("LIGHTHOUSE_PARTNER").contains("Mark lost").contains("Another partner")
				.doesNotContain(coSeller.id().toString()).doesNotContain("Test Partner " + coSeller.rep().split("\\.")[0]);

		String coSellerPage = WebSession.loggedIn(mvc, coSeller.rep()).perform(get("/registrations/" + deal.id()))
				.getResponse().getContentAsString();
		assertThat(coSellerPage).contains("CubeDMS").doesNotContain("Mark lost").doesNotContain("Update stage")
				.doesNotContain("Ask for a renewal").contains("Add to Contact Log").contains("Send request")
				.doesNotContain(owner.id().toString()).doesNotContain("Test Partner " + owner.rep().split("\\.")[0]);

		String channelPage = WebSession.loggedIn(mvc, "channel").perform(get("/registrations/" + deal.id()))
				.getResponse().getContentAsString();
		assertThat(channelPage).contains("Test Partner " + owner.rep().split("\\.")[0])
				.contains("Test Partner " + coSeller.rep().split("\\.")[0]).contains("Why the vendor takes it over");
	}

	private void invite(RegistrationId deal, FreshPartner partner, AttributionRole role) {
		accounts.as("channel", () -> {
			deals.invitePartner(deal, partner.id(), new UserId(accounts.idOf(partner.rep())), role);
		});
	}
}
