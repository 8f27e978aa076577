package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.identity.TestAccounts;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

@ConcordIntegrationTest
class ChannelConflictIntegrationTests {

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Registrations registrations;

	@Autowired
	ChannelConflicts conflicts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail greenMail;

	@Test
	void aPartnerWhoRegisteredMoreThanSevenDaysEarlierKeepsTheOpportunity() throws Exception {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		var submission = fixtures.register(partner.rep(), prospect, "cube");
		clock.advance(Duration.ofDays(8));
		UUID direct = addDirect("sales", prospect, Stage.QUALIFIED);

		ChannelConflictView conflict = conflictOf(submission, direct);
		assertThat(conflict.ruleApplied()).isEqualTo(ConflictRule.PARTNER_REGISTERED_FIRST);
		assertThat(conflict.decision()).isEqualTo(ConflictDecision.PARTNER_WINS);
		assertThat(conflict.pending()).isFalse();
		assertThat(roleOf(submission)).isEqualTo(AttributionRole.SOURCED);

		Mails.awaitSubject(greenMail, "sales@rpm.example", "overlaps your opportunity");
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), "overlaps a direct opportunity");
	}

	@Test
	void aDirectOpportunityAlreadyAtStageTwoWinsAndThePartnerIsCreditedWithInfluence() {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		UUID direct = addDirect("sales", prospect, Stage.DEMO);
		clock.advance(Duration.ofDays(2));
		var submission = fixtures.register(partner.rep(), prospect, "cube");

		ChannelConflictView conflict = conflictOf(submission, direct);
		assertThat(conflict.ruleApplied()).isEqualTo(ConflictRule.DIRECT_ALREADY_ADVANCED);
		assertThat(conflict.decision()).isEqualTo(ConflictDecision.DIRECT_WINS);
		assertThat(roleOf(submission)).isEqualTo(AttributionRole.INFLUENCED);
		assertThat(accounts.as(partner.rep(), () -> registrations.get(submission.id())).assignment())
				.isEqualTo(Assignment.ASSIGNED_TO_VENDOR);
	}

	@Test
	void withinSevenDaysTheChannelManagerDecidesAndCoSellHoldsMeanwhile() {
		var partner = accounts.freshPartner();
		Prospect prospect = Prospect.fresh();
		UUID direct = addDirect("sales", prospect, Stage.PROSPECT);
		clock.advance(Duration.ofDays(3));
		var submission = fixtures.register(partner.rep(), prospect, "cube");

		ChannelConflictView conflict = conflictOf(submission, direct);
		assertThat(conflict.pending()).isTrue();
		assertThat(roleOf(submission)).isEqualTo(AttributionRole.CO_SELL);
		assertThat(accounts.as("channel", () -> conflicts.queue(true, 0, 100)).content()).extracting(ChannelConflictView::id)
				.contains(conflict.id());

		assertThatThrownBy(() -> accounts.as("channel", () -> {
			conflicts.decide(conflict.id(), ConflictDecision.PARTNER_WINS, " ");
			return null;
		})).isInstanceOf(InvalidInputException.class);
		accounts.as("channel", () -> {
			conflicts.decide(conflict.id(), ConflictDecision.PARTNER_WINS, "The partner ran the discovery workshop.");
			return null;
		});
		ChannelConflictView decided = conflictOf(submission, direct);
		assertThat(decided.pending()).isFalse();
		assertThat(decided.reason()).isEqualTo("The partner ran the discovery workshop.");
		assertThat(decided.decidedBy()).isEqualTo(accounts.idOf("channel"));
		assertThat(accounts.as(partner.rep(), () -> registrations.get(submission.id())).history())
				.anyMatch(h -> h.note() != null && h.note().contains("discovery workshop"));
	}

	@Test
	void partnersCannotSeeOrDecideConflicts() {
		assertThatThrownBy(() -> accounts.as("northwind.admin", () -> conflicts.queue(true, 0, 10)))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.as("northwind.admin", () -> conflicts.addDirectOpportunity(
				new NewDirectOpportunity("X", null, null, null, "cube", Stage.PROSPECT))))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void aPartnerAsksForAssistanceAndTheVendorAnswers() throws Exception {
		var partner = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "quartz");
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> {
			registrations.requestAssistance(submission.id(), AssistanceKind.PRICING_ADVICE, "Discount for 3 years?");
			return null;
		})).as("only once approved").isInstanceOf(InvalidInputException.class);
		accounts.as("channel", () -> {
			registrations.approve(submission.id());
			return null;
		});
		accounts.as(partner.rep(), () -> {
			registrations.requestAssistance(submission.id(), AssistanceKind.PRICING_ADVICE, "Discount for 3 years?");
			return null;
		});
		var open = accounts.as("sales", () -> registrations.openAssistance(0, 100)).content().stream()
				.filter(a -> a.registrationId().equals(submission.id().value())).findFirst().orElseThrow();
		accounts.as("sales", () -> {
			registrations.answerAssistance(open.id(), "Up to 10% on a 3-year term.");
			return null;
		});
		assertThat(accounts.as(partner.rep(), () -> registrations.assistanceFor(submission.id())))
				.singleElement().satisfies(a -> assertThat(a.answer()).isEqualTo("Up to 10% on a 3-year term."));
		Mails.awaitSubject(greenMail, TestAccounts.emailOf(partner.rep()), "pricing advice");
	}

	@Test
	void theVendorInvitesAnotherPartnerWhoThenSeesTheOpportunity() {
		var partner = accounts.freshPartner();
		var helper = accounts.freshPartner();
		var outsider = accounts.freshPartner();
		var submission = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		accounts.as("channel", () -> {
			registrations.invitePartner(submission.id(), helper.id(), new org.concord.shared.UserId(accounts.idOf(helper.rep())),
					AttributionRole.CO_SELL);
			return null;
		});
		// each partner sees its own credit; of the other, the registrant sees the role and the invited partner nothing
		assertThat(accounts.as(helper.rep(), () -> registrations.get(submission.id())).partners())
				.extracting(RegistrationDetails.Attribution::role).containsExactly(AttributionRole.CO_SELL);
		assertThat(accounts.as(partner.rep(), () -> registrations.get(submission.id())).partners())
				.extracting(a -> a.role() + ":" + (a.partnerId() == null ? "?" : a.partnerId().equals(partner.id().value()) ? "own" : "other"))
				.containsExactlyInAnyOrder("SOURCED:own", "CO_SELL:?");
		assertThat(accounts.as(helper.rep(), () -> registrations.list(null, null, null, 0, 100)).content())
				.extracting(RegistrationSummary::id).contains(submission.id());
		assertThatThrownBy(() -> accounts.as(outsider.rep(), () -> registrations.get(submission.id())))
				.isInstanceOf(org.concord.shared.NotFoundException.class);
		assertThatThrownBy(() -> accounts.as("channel", () -> {
			registrations.invitePartner(submission.id(), helper.id(), null, AttributionRole.INFLUENCED);
			return null;
		})).isInstanceOf(InvalidInputException.class);
	}

	private UUID addDirect(String username, Prospect prospect, Stage stage) {
		return accounts.as(username, () -> conflicts.addDirectOpportunity(new NewDirectOpportunity(prospect.company(),
				prospect.website(), prospect.email(), prospect.phone(), "cube", stage)));
	}

	private ChannelConflictView conflictOf(Registrations.Submission submission, UUID direct) {
		var all = new java.util.ArrayList<ChannelConflictView>();
		all.addAll(accounts.as("channel", () -> conflicts.queue(true, 0, 100)).content());
		all.addAll(accounts.as("channel", () -> conflicts.queue(false, 0, 100)).content());
		return all.stream().filter(c -> c.registrationId().equals(submission.id().value()) && c.directOpportunityId().equals(direct))
				.findFirst().orElseThrow(() -> new AssertionError("no conflict recorded: registration "
						+ jdbc.queryForMap("select status, product, submitted_at from registration where id = ?", submission.id().value())
						+ ", its claims " + jdbc.queryForList("select key_kind, key_value from registration_claim where registration_id = ?",
								submission.id().value())
						+ ", direct keys " + jdbc.queryForList("select key_kind, key_value from direct_opportunity_key where direct_id = ?", direct)
						+ ", conflicts in all " + all.size()));
	}

	private AttributionRole roleOf(Registrations.Submission submission) {
		return AttributionRole.valueOf(jdbc.queryForObject("select role from registration_partner where registration_id = ?",
				String.class, submission.id().value()));
	}
}
