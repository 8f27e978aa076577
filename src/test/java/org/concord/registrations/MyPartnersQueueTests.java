package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.leads.LeadFixtures;
import org.concord.leads.LeadId;
import org.concord.leads.LeadSummary;
import org.concord.leads.Leads;
import org.concord.partners.PartnerAccounts;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTier;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each partner has an account manager at the vendor; the channel team's queues (review, assistance, conflicts, leads)
 * show by default the partners the person looks after and those nobody looks after yet, and every partner on asking.
 */
@ConcordIntegrationTest
class MyPartnersQueueTests {

	@Autowired
	PartnerAccounts accounts;

	@Autowired
	PartnerDirectory partners;

	@Autowired
	RegistrationLists lists;

	@Autowired
	Assistance assistance;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts people;

	@Autowired
	ChannelConflicts conflicts;

	@Autowired
	Leads leads;

	@Autowired
	LeadFixtures leadFixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void aManagersQueuesShowTheirPartnersAndTheUnassignedByDefaultAndEveryPartnerOnAsking() throws Exception {
		String mine = people.freshVendorUser(Role.CHANNEL_MANAGER);
		String theirs = people.freshVendorUser(Role.CHANNEL_MANAGER);
		FreshPartner looked = people.freshPartner();
		FreshPartner other = people.freshPartner();
		FreshPartner nobodys = people.freshPartner();
		people.as(mine, () -> accounts.lookAfter(looked.id()));
		people.as("channel", () -> accounts.assignAccountManager(other.id(), new UserId(people.idOf(theirs))));

		Prospect lookedAfterProspect = Prospect.fresh();
		Prospect othersProspect = Prospect.fresh();
		var lookedAfter = fixtures.register(looked.rep(), lookedAfterProspect, "cube");
		var othersOne = fixtures.register(other.rep(), othersProspect, "cube");
		var unassigned = fixtures.register(nobodys.rep(), Prospect.fresh(), "cube");
		List<RegistrationId> myQueue = people.as(mine, () -> readAll(true));
		assertThat(myQueue).contains(lookedAfter.id(), unassigned.id()).doesNotContain(othersOne.id());
		assertThat(people.as(mine, () -> readAll(false))).contains(lookedAfter.id(), unassigned.id(), othersOne.id());
		assertThat(people.as(theirs, () -> readAll(true))).contains(othersOne.id(), unassigned.id()).doesNotContain(lookedAfter.id());

		var approvedMine = fixtures.approved(looked.rep(), Prospect.fresh());
		var approvedOthers = fixtures.approved(other.rep(), Prospect.fresh());
		ask(looked.rep(), approvedMine);
		ask(other.rep(), approvedOthers);
		assertThat(people.as(mine, () -> openRequests(true))).contains(approvedMine.id().value())
				.doesNotContain(approvedOthers.id().value());
		assertThat(people.as(mine, () -> openRequests(false))).contains(approvedMine.id().value(), approvedOthers.id().value());

		direct(lookedAfterProspect);
		direct(othersProspect);
		assertThat(people.as(mine, () -> conflicts.queue(true, true, 0, 100)).content()).extracting(ChannelConflictView::registrationId)
				.as("a direct opportunity within 7 days of each: both wait for a decision")
				.contains(lookedAfter.id().value()).doesNotContain(othersOne.id().value());
		assertThat(people.as(mine, () -> conflicts.queue(true, false, 0, 100)).content()).extracting(ChannelConflictView::registrationId)
				.contains(lookedAfter.id().value(), othersOne.id().value());

		String region = LeadFixtures.territory();
		FreshPartner leadTaker = leadFixtures.partner(region, PartnerTier.GOLD, 10);
		people.as("channel", () -> accounts.assignAccountManager(leadTaker.id(), new UserId(people.idOf(theirs))));
		LeadId offered = leadFixtures.create(leadFixtures.lead(region));
		LeadId withChannel = leadFixtures.create(leadFixtures.lead(LeadFixtures.territory()));
		assertThat(people.as(mine, () -> leads.list(null, true, 0, 100)).content()).extracting(LeadSummary::id)
				.as("the leads no partner holds are everyone's").contains(withChannel).doesNotContain(offered);
		assertThat(people.as(mine, () -> leads.list(null, false, 0, 100)).content()).extracting(LeadSummary::id)
				.contains(withChannel, offered);

		WebSession manager = WebSession.loggedIn(mvc, mine);
		String byDefault = manager.perform(get("/review")).getResponse().getContentAsString();
		assertThat(byDefault).contains("show every partner");
		String everyone = manager.perform(get("/review").param("all", "true")).getResponse().getContentAsString();
		assertThat(everyone).contains("show my partners");
		assertThat(manager.perform(get("/assistance")).getResponse().getContentAsString()).contains("show every partner");
		assertThat(manager.perform(get("/conflicts")).getResponse().getContentAsString()).contains("show every partner");
		assertThat(manager.perform(get("/lead-routing")).getResponse().getContentAsString()).contains("show every partner");
	}

	@Test
	void anAccountManagerIsAChannelManagerOrVendorAdminNamedByTheChannelTeam() throws Exception {
		FreshPartner partner = people.freshPartner();
		assertThatThrownBy(() -> people.as("channel", () -> accounts.assignAccountManager(partner.id(),
				new UserId(people.idOf(partner.rep()))))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("accountManager"));
		assertThatThrownBy(() -> people.as(partner.admin(), () -> accounts.assignAccountManager(partner.id(),
				new UserId(people.idOf("channel"))))).isInstanceOf(AccessDeniedException.class);

		people.as("channel", () -> accounts.assignAccountManager(partner.id(), new UserId(people.idOf("admin"))));
		assertThat(partners.find(partner.id()).orElseThrow().accountManagerId()).isEqualTo(people.idOf("admin"));
		String page = WebSession.loggedIn(mvc, partner.rep()).perform(get("/partners/" + partner.id())).getResponse()
				.getContentAsString();
		assertThat(page).as("the partner sees who looks after it").contains("Avery Admin").doesNotContain("assign-manager");
		people.as("channel", () -> accounts.assignAccountManager(partner.id(), null));
		assertThat(partners.find(partner.id()).orElseThrow().accountManagerId()).isNull();
	}

	/** The whole review queue, read by cursor: other tests' registrations wait in it too. */
	private List<RegistrationId> readAll(boolean mine) {
		List<RegistrationId> ids = new ArrayList<>();
		String cursor = null;
		do {
			var page = lists.reviewQueue(mine, cursor, null, 100);
			page.content().forEach(r -> ids.add(r.id()));
			cursor = page.next();
		} while (cursor != null);
		return ids;
	}

	private List<UUID> openRequests(boolean mine) {
		List<UUID> registrations = new ArrayList<>();
		for (int page = 0;; page++) {
			var requests = assistance.open(mine, page, 100);
			requests.content().forEach(r -> registrations.add(r.registrationId()));
			if (!requests.hasNext()) {
				return registrations;
			}
		}
	}

	private void direct(Prospect prospect) {
		people.as("sales", () -> conflicts.addDirectOpportunity(new NewDirectOpportunity(prospect.company(), prospect.website(),
				prospect.email(), prospect.phone(), "cube", Stage.QUALIFIED)));
	}

	private void ask(String rep, Registrations.Submission deal) {
		people.as(rep, () -> assistance.request(deal.id(), AssistanceKind.PRICING_ADVICE, "Which price?"));
	}
}
