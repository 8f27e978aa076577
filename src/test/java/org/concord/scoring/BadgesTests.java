package org.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Inboxes;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.SubAccounts;
import org.concord.registrations.Deals;
import org.concord.registrations.RegistrationFixtures;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.concord.shared.UserId;
import org.concord.training.TrainingFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Badges: each automatic rule awards its badge when the partner reaches it (a deal won, ten, a certification, an event,
 * the sales target), once; the channel team awards and revokes with a reason; the history is kept; the directory,
 * the profile and the portal show them, in scope.
 */
@ConcordIntegrationTest
class BadgesTests {

	@Autowired
	Badges badges;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	Deals deals;

	@Autowired
	TrainingFixtures training;

	@Autowired
	SubAccounts subAccounts;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	private List<String> held(FreshPartner partner) {
		return accounts.as("channel", () -> badges.of(partner.id())).stream().filter(BadgeAwardView::held)
				.map(BadgeAwardView::badgeName).toList();
	}

	private UUID badgeNamed(String name) {
		return accounts.as("channel", () -> badges.list(0, 100)).content().stream().filter(b -> b.name().equals(name))
				.findFirst().orElseThrow().id();
	}

	@Test
	void aFirstDealWonEarnsFirstDealAtOnceAndOnlyOnce() {
		FreshPartner partner = accounts.freshPartner();
		var deal = fixtures.approved(partner.rep(), RegistrationFixtures.Prospect.fresh());
		accounts.as(partner.rep(), () -> deals.markWon(deal.id(), "Signed"));
		Inboxes.await(() -> held(partner).contains("First deal"));
		assertThat(badges.evaluate(partner.id())).as("held: not awarded twice").isZero();
		assertThat(held(partner)).containsOnlyOnce("First deal").doesNotContain("Ten deals won");
	}

	@Test
	void aCertificationAnEventAndTheSalesTargetEachEarnTheirBadge() {
		FreshPartner partner = accounts.freshPartner();
		training.heldBy(partner.rep());
		Inboxes.await(() -> held(partner).contains("Certified"));

		transactions.executeWithoutResult(s -> events.publishEvent(new EngagementRecorded(new UserId(accounts.idOf(
				partner.rep())), partner.id(), EngagementKind.EVENT, "Partner summit", Instant.now())));
		Inboxes.await(() -> held(partner).contains("At the event"));

		accounts.as("channel", () -> subAccounts.changeSalesTarget(partner.id(), Money.of(new BigDecimal("10000"), "CAD")));
		var deal = fixtures.approved(partner.rep(), RegistrationFixtures.Prospect.fresh());
		accounts.as(partner.rep(), () -> deals.markWon(deal.id(), "Signed")); // CAD 1,250 MRR: 15,000 a year
		badges.evaluate(null);
		assertThat(held(partner)).contains("Target reached", "First deal", "Certified", "At the event");
	}

	@Test
	void theChannelTeamAwardsWithAReasonRevokesAndTheRuleDoesNotGiveARevokedBadgeBack() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		UUID quarter = badgeNamed("Partner of the quarter");
		assertThatThrownBy(() -> accounts.as("channel", () -> badges.award(partner.id(), quarter, " ")))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> accounts.as(partner.admin(), () -> badges.award(partner.id(), quarter, "Me")))
				.isInstanceOf(AccessDeniedException.class);
		BadgeAwardView awarded = accounts.as("channel", () -> badges.award(partner.id(), quarter, "Best Q3 in Atlantic Canada"));
		assertThat(awarded.awardedBy()).isEqualTo(accounts.idOf("channel"));
		assertThatThrownBy(() -> accounts.as("channel", () -> badges.award(partner.id(), quarter, "again")))
				.isInstanceOf(ConflictingRequestException.class);

		training.heldBy(partner.rep());
		Inboxes.await(() -> held(partner).contains("Certified"));
		UUID certified = accounts.as("channel", () -> badges.of(partner.id())).stream()
				.filter(a -> a.badgeName().equals("Certified")).findFirst().orElseThrow().id();
		accounts.as("channel", () -> badges.revoke(certified, "Certified by mistake"));
		badges.evaluate(null);
		assertThat(held(partner)).containsExactlyInAnyOrder("Partner of the quarter");
		assertThat(accounts.as(partner.admin(), () -> badges.of(partner.id()))).hasSize(2)
				.anySatisfy(a -> assertThat(a.revokeReason()).isEqualTo("Certified by mistake"));
		assertThatThrownBy(() -> accounts.as(accounts.freshPartner().admin(), () -> badges.of(partner.id())))
				.isInstanceOf(NotFoundException.class);

		String directory = WebSession.loggedIn(mvc, "channel").perform(get("/partners").param("page", "0")).getResponse()
				.getContentAsString();
		assertThat(directory).contains("<th>Badges</th>");
		String portal = WebSession.loggedIn(mvc, partner.rep()).perform(get("/badges")).getResponse().getContentAsString();
		assertThat(portal).contains("id=\"my-badges\"", "Partner of the quarter");
		String profile = WebSession.loggedIn(mvc, partner.rep()).perform(get("/partners/" + partner.id())).getResponse()
				.getContentAsString();
		assertThat(profile).contains("id=\"section-badges\"");
	}

	@Test
	void aNewBadgeGoesToThePartnersThatAlreadyMeetItAndItsRuleIsChecked() {
		FreshPartner partner = accounts.freshPartner();
		for (int i = 0; i < 2; i++) {
			var deal = fixtures.approved(partner.rep(), RegistrationFixtures.Prospect.fresh());
			accounts.as(partner.rep(), () -> deals.markWon(deal.id(), "Signed"));
		}
		String name = "Two deals " + UUID.randomUUID().toString().substring(0, 6);
		assertThatThrownBy(() -> accounts.as("admin", () -> badges.define(new NewBadge(name, null, BadgeRule.DEALS_WON, null,
				null)))).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("threshold"));
		accounts.as("admin", () -> badges.define(new NewBadge(name, "Won two deals", BadgeRule.DEALS_WON, 2, null)));
		assertThat(held(partner)).contains(name);
		assertThat(new Badge(new NewBadge("x", null, BadgeRule.CERTIFICATION, null, "Safety Pro"), Instant.now())
				.earnedBy(new Badge.Facts(0, 0, Set.of("safety pro"), false))).isTrue();
		assertThat(new Badge(new NewBadge("x", null, BadgeRule.MANUAL, null, null), Instant.now())
				.earnedBy(new Badge.Facts(99, 99, Set.of("a"), true))).as("manual: never by a rule").isFalse();
	}
}
