package org.concord.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Inboxes;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.PartnerAccounts;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Training end to end: the vendor's courses and a certification; a partner person fails, then passes, earns the
 * certification for its months, gets its certificate as PDF; colleagues and the vendor read the record, nobody
 * else; the warning 30 days before expiry reaches the holder and the account manager, once.
 */
@ConcordIntegrationTest
class TrainingTests {

	private static final String QUIZ = "Which standard covers occupational health and safety?\n- ISO 9001\n* ISO 45001\n\n"
			+ "Who approves a registration?\n* The channel manager\n- The partner";

	@Autowired
	Courses courses;

	@Autowired
	Certifications certifications;

	@Autowired
	Training training;

	@Autowired
	PartnerAccounts partnerAccounts;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	private record Program(CourseView quizzed, CourseView reading, CertificationDefinition certification) {
	}

	private Program program() {
		String u = UUID.randomUUID().toString().substring(0, 6);
		return accounts.as("admin", () -> {
			CourseView quizzed = courses.create(new CourseDetails("Safety basics " + u, "The essentials", "https://learn.example/"
					+ u, 50, true, QuizText.parse(QUIZ)));
			CourseView reading = courses.create(new CourseDetails("Product tour " + u, null, "https://learn.example/tour-" + u,
					null, true, List.of()));
			CertificationDefinition certification = certifications.define("Safety Pro " + u, 12, Set.of(quizzed.id(), reading.id()));
			return new Program(quizzed, reading, certification);
		});
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}

	@Test
	void aPartnerPersonPassesTheCoursesEarnsTheCertificationForItsMonthsAndGetsItsCertificate() throws Exception {
		Program program = program();
		FreshPartner partner = accounts.freshPartner();
		String rep = partner.rep();

		AttemptResult failed = accounts.as(rep, () -> training.attempt(program.quizzed().id(), List.of(0, 1)));
		assertThat(failed.passed()).isFalse();
		assertThat(failed.scorePercent()).isZero();
		assertThat(accounts.as(rep, () -> training.attempt(program.quizzed().id(), List.of(1, 1))).passed())
				.as("one of two right, pass mark 50").isTrue();
		AttemptResult completed = accounts.as(rep, () -> training.attempt(program.reading().id(), List.of()));
		assertThat(completed.certificationsEarned()).containsExactly(program.certification().name());

		UUID person = accounts.idOf(rep);
		assertThat(jdbc.queryForObject("select count(*) from engagement_entry where person_id = ? and kind = 'TRAINING'",
				Integer.class, person)).as("each pass is training in the person's engagement").isEqualTo(2);
		Training.Record record = accounts.as(partner.admin(), () -> training.record(new UserId(person)));
		assertThat(record.courses()).extracting(CompletionView::passed).containsOnly(true);
		assertThat(record.courses()).filteredOn(c -> c.courseId().equals(program.quizzed().id())).singleElement()
				.satisfies(c -> assertThat(c.attempts()).isEqualTo(2));
		PersonCertification held = record.certifications().getFirst();
		assertThat(held.expiresOn()).isEqualTo(today().plusMonths(12));
		assertThat(held.valid()).isTrue();
		assertThat(accounts.as(rep, () -> training.attempt(program.reading().id(), List.of())).certificationsEarned())
				.as("held already: not earned twice").isEmpty();

		byte[] pdf = accounts.as(partner.admin(), () -> certifications.certificate(held.id()));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(accounts.as("channel", () -> certifications.certificate(held.id()))).isNotEmpty();
		FreshPartner other = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(other.rep(), () -> certifications.certificate(held.id())))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as(other.admin(), () -> training.record(new UserId(person))))
				.isInstanceOf(NotFoundException.class);
		assertThat(accounts.as("channel", () -> training.heldBy(partner.id()))).extracting(PersonCertification::id)
				.containsExactly(held.id());
		assertThat(training.certificationsHeldOn(today())).containsEntry(partner.id(), 1L);
		assertThat(training.certificationsHeldOn(today().plusMonths(12))).doesNotContainKey(partner.id());
	}

	@Test
	void thirtyDaysBeforeExpiryTheHolderAndTheAccountManagerAreWarnedOnce() {
		Program program = program();
		FreshPartner partner = accounts.freshPartner();
		accounts.as("channel", () -> partnerAccounts.assignAccountManager(partner.id(), new UserId(accounts.idOf("channel"))));
		accounts.as(partner.rep(), () -> training.attempt(program.quizzed().id(), List.of(1, 0)));
		accounts.as(partner.rep(), () -> training.attempt(program.reading().id(), List.of()));
		LocalDate expires = today().plusMonths(12);

		assertThat(certifications.warnExpiring(expires.minusDays(31))).extracting(Certifications.Expiring::personId)
				.doesNotContain(accounts.idOf(partner.rep()));
		assertThat(certifications.warnExpiring(expires.minusDays(30))).extracting(Certifications.Expiring::personId)
				.contains(accounts.idOf(partner.rep()));
		assertThat(certifications.warnExpiring(expires.minusDays(29))).extracting(Certifications.Expiring::personId)
				.as("once").doesNotContain(accounts.idOf(partner.rep()));

		String words = program.certification().name() + " expires on " + expires;
		Inboxes.await(() -> Inboxes.count(jdbc, accounts.idOf(partner.rep()), "Your certification " + words) == 1);
		Inboxes.await(() -> Inboxes.count(jdbc, accounts.idOf("channel"), words) >= 1);
	}

	@Test
	void partnersSeePublishedCoursesWithoutTheAnswersAndOnlyAVendorAdminAddsThem() {
		Program program = program();
		FreshPartner partner = accounts.freshPartner();
		CourseView draft = accounts.as("admin", () -> courses.create(new CourseDetails("Draft " + UUID.randomUUID(), null, null,
				null, false, List.of())));
		assertThat(accounts.as(partner.rep(), () -> courses.get(program.quizzed().id())).quiz())
				.allSatisfy(q -> assertThat(q.correct()).isNull());
		assertThat(accounts.as("admin", () -> courses.get(program.quizzed().id())).quiz().getFirst().correct()).isEqualTo(1);
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> courses.get(draft.id()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as(partner.rep(), () -> training.attempt(draft.id(), List.of())))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as("channel", () -> courses.create(new CourseDetails("X", null, null, null, false,
				List.of())))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.as("admin", () -> certifications.define("Empty", 12, Set.of())))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("courses"));
	}

	@Test
	void aCoursePdfIsJudgedByItsBytesAndServedAsAnAttachment() throws Exception {
		CourseView course = accounts.as("admin", () -> courses.create(new CourseDetails("Handbook " + UUID.randomUUID(), null,
				null, null, false, List.of())));
		assertThatThrownBy(() -> accounts.as("admin", () -> courses.attachFile(course.id(), "evil.pdf",
				"<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("file"));
		var web = WebSession.loggedIn(mvc, "admin");
		var saved = web.perform(multipart("/admin/courses/" + course.id()).file(new MockMultipartFile("file", "handbook.pdf",
				"application/pdf", "%PDF-1.4 handbook".getBytes(StandardCharsets.US_ASCII))).param("title", course.title())
				.param("published", "true").with(csrf())).getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/training/courses/" + course.id());
		var download = WebSession.loggedIn(mvc, accounts.freshPartner().rep())
				.perform(get("/training/courses/" + course.id() + "/file")).getResponse();
		assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"handbook.pdf\"");
		assertThat(download.getContentAsString()).startsWith("%PDF-");
		assertThat(jdbc.queryForObject("select count(*) from engagement_entry where kind = 'DOWNLOAD' and subject = ?",
				Integer.class, course.title())).as("a partner's download is engagement").isEqualTo(1);

		var refused = web.perform(post("/admin/courses/new").param("title", "Bad link").param("link", "ftp://x")
				.with(csrf())).getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("Give the content", "value=\"Bad link\"");
	}

	@Test
	void aPartnerTakesTheQuizOnTheCoursePage() throws Exception {
		Program program = program();
		FreshPartner partner = accounts.freshPartner();
		var web = WebSession.loggedIn(mvc, partner.rep());
		String list = web.perform(get("/training")).getResponse().getContentAsString();
		assertThat(list).contains(program.quizzed().title(), "not started");
		String page = web.perform(post("/training/courses/" + program.quizzed().id() + "/attempts").param("answer0", "1")
				.param("answer1", "0").header("HX-Request", "true").with(csrf())).getResponse().getContentAsString();
		assertThat(page).contains("Passed with 100%");
		String record = web.perform(get("/people/" + accounts.idOf(partner.rep()) + "/training")).getResponse()
				.getContentAsString();
		assertThat(record).contains(program.quizzed().title(), "100%");
	}
}
