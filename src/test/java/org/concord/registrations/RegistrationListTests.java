package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.concord.shared.InvalidInputException;
import org.concord.shared.KeysetPage;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registration lists read by cursor: every row once, in order, forward and back, the partner's own and those it
 * was invited onto; registrations submitted at the same instant are told apart by their id. And the tally the
 * pipeline reads agrees with a full count of the registrations after they change.
 */
@ConcordIntegrationTest
class RegistrationListTests {

	@Autowired
	RegistrationLists lists;

	@Autowired
	Registrations registrations;

	@Autowired
	Deals deals;

	@Autowired
	Pipeline pipeline;

	@Autowired
	RegistrationTally tally;

	@Autowired
	RegistrationSettings settings;

	@Autowired
	DecisionTally decisions;

	@Autowired
	MutableClock clock;

	@Autowired
	RegistrationFixtures fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final ObjectMapper json = JsonMapper.builder().build();

	@Test
	void aPartnersListIsReadByCursorForwardAndBackEveryRowOnceNewestFirstWithTheRegistrationsItWasInvitedOnto() {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		for (int i = 0; i < 7; i++) {
			fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		}
		var invitedOnto = fixtures.approved(other.rep(), Prospect.fresh());
		accounts.as("channel", () -> {
			deals.invitePartner(invitedOnto.id(), partner.id(), new UserId(accounts.idOf(partner.rep())), AttributionRole.INFLUENCED);
		});

		var everything = accounts.as(partner.rep(), () -> lists.list(null, null, null, null, 0, 100));
		assertThat(everything.content()).hasSize(8).extracting(RegistrationSummary::id).contains(invitedOnto.id());
		assertThat(everything.total()).isEqualTo(new KeysetPage.Total(8, true));
		assertThat(everything.content()).extracting(RegistrationSummary::submittedAt).isSortedAccordingTo(
				Collections.reverseOrder());

		List<RegistrationId> forward = new ArrayList<>();
		List<KeysetPage<RegistrationSummary>> pages = new ArrayList<>();
		String cursor = null;
		do {
			String from = cursor;
			var page = accounts.as(partner.rep(), () -> lists.list(null, null, null, from, null, 3));
			pages.add(page);
			page.content().forEach(r -> forward.add(r.id()));
			cursor = page.next();
		} while (cursor != null);
		assertThat(pages).extracting(p -> p.content().size()).containsExactly(3, 3, 2);
		assertThat(forward).containsExactlyElementsOf(everything.content().stream().map(RegistrationSummary::id).toList());
		assertThat(pages.getFirst().previous()).as("the first page has none before it").isNull();

		String back = pages.getLast().previous();
		var middle = accounts.as(partner.rep(), () -> lists.list(null, null, null, back, null, 3));
		assertThat(middle.content()).isEqualTo(pages.get(1).content());
		var first = accounts.as(partner.rep(), () -> lists.list(null, null, null, middle.previous(), null, 3));
		assertThat(first.content()).isEqualTo(pages.getFirst().content());
		assertThat(first.previous()).isNull();
		assertThat(first.next()).isNotNull();
	}

	@Test
	void pagesAskedForByNumberAlsoShowEveryRowOnceWithTheInvitedRowsMergedIn() {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		accounts.as("channel", () -> {
			settings.setDailyCap(partner.id(), 1000);
		});
		for (int i = 0; i < 117; i++) { // approved: the suite's other tests read the review queue's first page
			fixtures.approved(partner.rep(), Prospect.fresh());
		}
		for (int i = 0; i < 3; i++) {
			var invitedOnto = fixtures.approved(other.rep(), Prospect.fresh());
			accounts.as("channel", () -> {
				deals.invitePartner(invitedOnto.id(), partner.id(), new UserId(accounts.idOf(partner.rep())), AttributionRole.CO_SELL);
			});
		}
		var everything = accounts.as(partner.rep(), () -> lists.list(null, null, null, null, 0, 100)).content();
		assertThat(everything).hasSize(100);
		var all = new ArrayList<RegistrationId>();
		for (int page = 0; page < 2; page++) {
			int p = page;
			accounts.as(partner.rep(), () -> lists.list(null, null, null, null, p, 100)).content().forEach(r -> all.add(r.id()));
		}
		assertThat(all).hasSize(120).doesNotHaveDuplicates();
		List<RegistrationId> byNumber = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			int p = page;
			var rows = accounts.as(partner.rep(), () -> lists.list(null, null, null, null, p, 25));
			rows.content().forEach(r -> byNumber.add(r.id()));
			assertThat(rows.hasNext()).as("page %d", p).isTrue();
		}
		assertThat(byNumber).containsExactlyElementsOf(everything.stream().map(RegistrationSummary::id).toList());
		assertThat(accounts.as(partner.rep(), () -> lists.list(null, null, null, null, 4, 25)).content()).hasSize(20);
	}

	@Test
	void theInvitedRowShowsWithoutItsRegisteringPartnerAndFiltersApplyToBothKinds() {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		var invitedOnto = fixtures.approved(other.rep(), Prospect.fresh());
		accounts.as("channel", () -> {
			deals.invitePartner(invitedOnto.id(), partner.id(), new UserId(accounts.idOf(partner.rep())), AttributionRole.CO_SELL);
		});

		var approved = accounts.as(partner.rep(), () -> lists.list(RegistrationStatus.APPROVED, null, null, null, 0, 25));
		assertThat(approved.content()).singleElement().satisfies(r -> {
			assertThat(r.id()).isEqualTo(invitedOnto.id());
			assertThat(r.partnerId()).isNull();
		});
		var submitted = accounts.as(partner.rep(), () -> lists.list(RegistrationStatus.SUBMITTED, null, null, null, 0, 25));
		assertThat(submitted.content()).singleElement().satisfies(r -> assertThat(r.partnerId()).isEqualTo(partner.id()));
		var channelView = accounts.as("channel", () -> lists.list(null, null, partner.id().value(), null, 0, 25));
		assertThat(channelView.content()).extracting(RegistrationSummary::id).contains(invitedOnto.id()).hasSize(2);
		assertThat(accounts.as("channel", () -> pipeline.deals(null, 0, 100)).content()).isNotEmpty();
		assertThat(accounts.as(partner.rep(), () -> pipeline.deals(null, 0, 100)).content()).singleElement()
				.satisfies(d -> assertThat(d.part()).isEqualTo(AttributionRole.CO_SELL));
	}

	@Test
	void theDealsRoomReadsOwnAndInvitedDealsByStageAndFollowsAnInvitedDealThatMoves() {
		FreshPartner partner = accounts.freshPartner();
		FreshPartner other = accounts.freshPartner();
		var own = List.of(fixtures.approved(partner.rep(), Prospect.fresh()), fixtures.approved(partner.rep(), Prospect.fresh()));
		var invited = List.of(fixtures.approved(other.rep(), Prospect.fresh()), fixtures.approved(other.rep(), Prospect.fresh()));
		accounts.as(partner.rep(), () -> deals.changeStage(own.getFirst().id(), Stage.PROPOSAL));
		accounts.as(other.rep(), () -> deals.changeStage(invited.getFirst().id(), Stage.DEMO));
		accounts.as("channel", () -> invited.forEach(r -> deals.invitePartner(r.id(), partner.id(),
				new UserId(accounts.idOf(partner.rep())), AttributionRole.INFLUENCED)));

		List<RegistrationSummary> room = readDealsRoomOneByOne(partner);
		assertThat(room).extracting(RegistrationSummary::id).containsExactlyInAnyOrder(own.getFirst().id(),
				own.getLast().id(), invited.getFirst().id(), invited.getLast().id());
		assertThat(room).isSortedAccordingTo(BY_STAGE);
		assertThat(room.getFirst().id()).as("DEMO sorts first").isEqualTo(invited.getFirst().id());

		accounts.as(other.rep(), () -> deals.changeStage(invited.getFirst().id(), Stage.QUALIFIED));
		room = readDealsRoomOneByOne(partner);
		assertThat(room).isSortedAccordingTo(BY_STAGE);
		assertThat(room).filteredOn(r -> r.id().equals(invited.getFirst().id())).singleElement()
				.satisfies(r -> assertThat(r.stage()).isEqualTo(Stage.QUALIFIED));
		assertThat(room.getFirst().id()).as("PROPOSAL sorts before QUALIFIED, the others' stage")
				.isEqualTo(own.getFirst().id());
		assertThat(jdbc.sql("""
				select count(*) from registration_partner p join registration r on r.id = p.registration_id
				where p.stage <> r.stage or p.expected_close_date <> r.expected_close_date""").query(Long.class).single())
				.as("every partner row keeps the registration's stage and close date").isZero();
	}

	private static final Comparator<RegistrationSummary> BY_STAGE = Comparator
			.comparing((RegistrationSummary r) -> r.stage().name()).thenComparing(RegistrationSummary::expectedCloseDate)
			.thenComparing(r -> r.id().value().toString());

	/** The partner's Deals room read a deal at a time by cursor, to the end. */
	private List<RegistrationSummary> readDealsRoomOneByOne(FreshPartner partner) {
		List<RegistrationSummary> room = new ArrayList<>();
		String cursor = null;
		do {
			String from = cursor;
			var page = accounts.as(partner.rep(), () -> pipeline.deals(from, null, 1));
			page.content().forEach(d -> room.add(d.summary()));
			cursor = page.next();
		} while (cursor != null);
		return room;
	}

	@Test
	void theApiHandsOutCursorsAndNamesTheFieldOfABadCursorOrADeepPage() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		for (int i = 0; i < 3; i++) {
			fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		}
		String token = "Bearer " + accounts.apiToken(partner.rep());
		JsonNode first = json.readTree(mvc.perform(get("/api/v1/registrations").param("size", "2").header("Authorization", token))
				.andReturn().getResponse().getContentAsString());
		assertThat(first.get("content")).hasSize(2);
		assertThat(first.get("total").get("count").asLong()).isEqualTo(3);
		assertThat(first.get("previous").isNull()).isTrue();
		JsonNode second = json.readTree(mvc.perform(get("/api/v1/registrations").param("size", "2")
				.param("cursor", first.get("next").asString()).header("Authorization", token)).andReturn().getResponse()
				.getContentAsString());
		assertThat(second.get("content")).hasSize(1);
		assertThat(second.get("next").isNull()).isTrue();
		assertThat(second.get("content").get(0).get("id").toString()).isNotIn(first.get("content").get(0).get("id").toString(),
				first.get("content").get(1).get("id").toString());

		var bad = mvc.perform(get("/api/v1/registrations").param("cursor", "not-a-cursor").header("Authorization", token))
				.andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("cursor").doesNotContain("Exception");
		var deep = mvc.perform(get("/api/v1/registrations").param("page", "5000").header("Authorization", token))
				.andReturn().getResponse();
		assertThat(deep.getStatus()).isEqualTo(400);
		assertThat(deep.getContentAsString()).contains("page");
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> lists.list(null, null, null, "YXxub3RhZGF0ZXx4", null, 2)))
				.isInstanceOf(InvalidInputException.class).extracting(ex -> ((InvalidInputException) ex).field())
				.isEqualTo("cursor");
	}

	@Test
	void theTallyTheOverviewAndPipelineReadAgreesWithAFullCountAsRegistrationsChange() {
		tally.rebuild();
		FreshPartner partner = accounts.freshPartner();
		var won = fixtures.approved(partner.rep(), Prospect.fresh());
		var lost = fixtures.approved(partner.rep(), Prospect.fresh());
		fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		accounts.as(partner.rep(), () -> {
			deals.changeStage(won.id(), Stage.NEGOTIATION);
			deals.markWon(won.id(), "Signed");
			deals.markLost(lost.id(), "Went elsewhere");
		});

		assertThat(tally.disagreements()).isEmpty();
		var all = accounts.as(partner.rep(), () -> pipeline.all());
		assertThat(all).extracting(PipelineStage::deals).containsExactly(1L).as("only the won deal is in the pipeline");
		var open = accounts.as(partner.rep(), () -> pipeline.open());
		assertThat(open).isEmpty();
	}

	@Test
	void theSlaReportReadFromTheDecisionTallyEqualsTheReportOfEveryDecisionAndTheRecountAgrees() {
		decisions.rebuild();
		FreshPartner partner = accounts.freshPartner();
		var approved = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		var returned = fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		fixtures.register(partner.rep(), Prospect.fresh(), "cube");
		clock.advance(Duration.ofMinutes(93));
		accounts.as("channel", () -> {
			registrations.approve(approved.id());
			registrations.returnForInformation(returned.id(), "Who signs?");
		});
		accounts.as(partner.rep(), () -> {
			registrations.resubmit(returned.id(), "The COO signs.");
		});
		// a week in all, so that the suite's shared clock stays on the same day of the week for the tests after this one
		clock.advance(Duration.ofDays(7).minusMinutes(93));
		accounts.as("channel", () -> {
			registrations.reject(returned.id(), RejectionReason.OTHER, "Too small");
		});

		assertThat(decisions.disagreements()).isEmpty();
		for (Duration window : List.of(Duration.ofDays(90), Duration.ofDays(7).plusHours(1), Duration.ofDays(2))) {
			Instant since = clock.instant().minus(window);
			List<Object[]> every = jdbc.sql("""
					select submitted_at, decision_due_at, decided_at from registration
					where submitted_at >= ? and decided_by is not null and decided_at is not null""")
					.param(java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
					.query((rs, n) -> new Object[] { rs.getObject(1, java.time.OffsetDateTime.class).toInstant(),
							rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
							rs.getObject(3, java.time.OffsetDateTime.class).toInstant() }).list();
			var report = accounts.as("channel", () -> pipeline.slaReport(since));
			long undecided = report.due() - every.size();
			assertThat(report).as("the last %s", window).isEqualTo(SlaReport.of(since, report.slaHours(), every, undecided));
		}
		jdbc.sql("update registration_decision_tally set decisions = decisions + 3").update();
		assertThat(decisions.disagreements()).isNotEmpty();
		decisions.rebuild();
		assertThat(decisions.disagreements()).isEmpty();
	}

	@Test
	void theNightlyRecountRepairsATallyThatDrifted() {
		FreshPartner partner = accounts.freshPartner();
		fixtures.approved(partner.rep(), Prospect.fresh());
		jdbc.sql("update registration_tally set registrations = registrations + 5 where partner_id = ?")
				.param(partner.id().value()).update();
		assertThat(tally.disagreements()).isNotEmpty();

		tally.rebuild();

		assertThat(tally.disagreements()).isEmpty();
		assertThat(accounts.as(partner.rep(), () -> pipeline.open())).extracting(PipelineStage::deals).containsExactly(1L);
	}
}
