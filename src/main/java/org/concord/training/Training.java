package org.concord.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner people take the vendor's courses: each attempt is kept; a pass counts as training in the person's
 * engagement, and earns every certification whose courses the person has now all passed (valid from today for the
 * certification's months). A person's record: their results per course and their certifications.
 */
@Service
public class Training {

	/** A person's training record. */
	public record Record(UUID personId, String personName, List<CompletionView> courses, List<PersonCertification> certifications) {
	}

	private final Courses courses;
	private final CertificationRepository certifications;
	private final People people;
	private final JdbcTemplate jdbc;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final BusinessCalendar calendar;
	private final Clock clock;

	Training(Courses courses, CertificationRepository certifications, People people, JdbcTemplate jdbc, CurrentActor actor,
			ApplicationEventPublisher events, BusinessCalendar calendar, Clock clock) {
		this.courses = courses;
		this.certifications = certifications;
		this.people = people;
		this.jdbc = jdbc;
		this.actor = actor;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The caller answers a course's quiz (or, without one, completes it). */
	@WorkAsPartner
	@Transactional
	public AttemptResult attempt(UUID courseId, List<Integer> answers) {
		Course course = courses.visible(courseId);
		UserId person = actor.userId();
		PartnerId partner = actor.scope().company().orElseThrow();
		int score = course.score(answers);
		boolean passed = course.passes(score);
		jdbc.update("insert into course_attempt (id, course_id, person_id, partner_id, score_percent, passed, attempted_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), courseId, person.value(), partner.value(), score, passed,
				Timestamp.from(clock.instant()));
		List<String> earned = new ArrayList<>();
		if (passed) {
			events.publishEvent(new EngagementRecorded(person, partner, EngagementKind.TRAINING, course.title(), clock.instant()));
			earned = certify(person, partner, courseId);
		}
		Integer passMark = course.questions() == 0 ? null : course.toView(false).passMark();
		return new AttemptResult(score, passMark, passed, earned);
	}

	private List<String> certify(UserId person, PartnerId partner, UUID courseId) {
		Set<UUID> passed = new HashSet<>(jdbc.queryForList("select distinct course_id from course_attempt where person_id = ?"
				+ " and passed", UUID.class, person.value()));
		LocalDate today = today();
		List<String> earned = new ArrayList<>();
		for (Certification certification : certifications.findAll()) {
			if (!certification.requires(courseId) || !certification.earnedBy(passed) || holds(person, certification, today)) {
				continue;
			}
			UUID held = UUID.randomUUID();
			LocalDate expires = certification.expiryFrom(today);
			jdbc.update("insert into person_certification (id, certification_id, person_id, partner_id, earned_on, expires_on)"
					+ " values (?, ?, ?, ?, ?, ?)", held, certification.id(), person.value(), partner.value(), Date.valueOf(today),
					Date.valueOf(expires));
			events.publishEvent(new CertificationEarned(held, person, partner, certification.name(), expires));
			earned.add(certification.name());
		}
		return earned;
	}

	private boolean holds(UserId person, Certification certification, LocalDate day) {
		return jdbc.queryForObject("select count(*) from person_certification where person_id = ? and certification_id = ?"
				+ " and expires_on > ?", Integer.class, person.value(), certification.id(), Date.valueOf(day)) > 0;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}

	/** The caller's own record. */
	@Transactional(readOnly = true)
	public Record mine() {
		return record(actor.userId());
	}

	/** A person's record, for the person, the people of a partner that reads theirs, and the vendor (404 otherwise). */
	@Transactional(readOnly = true)
	public Record record(UserId id) {
		Person person = people.get(id);
		List<CompletionView> results = jdbc.query("select a.course_id, c.title, max(a.score_percent),"
				+ " max(case when a.passed then 1 else 0 end), min(case when a.passed then a.attempted_at end), count(*)"
				+ " from course_attempt a join course c on c.id = a.course_id where a.person_id = ?"
				+ " group by a.course_id, c.title order by c.title", (row, n) -> new CompletionView(row.getObject(1, UUID.class),
						row.getString(2), row.getInt(3), row.getInt(4) == 1,
						row.getTimestamp(5) == null ? null : row.getTimestamp(5).toInstant(), row.getInt(6)), id.value());
		return new Record(id.value(), person.displayName(), results, held("h.person_id = ?", id.value()));
	}

	/** The certifications the people of a partner hold or held, newest first (at most 50). */
	@Transactional(readOnly = true)
	public List<PersonCertification> heldBy(PartnerId partner) {
		actor.scope().requireReadable(partner, "Partner");
		return held("h.partner_id = ?", partner.value());
	}

	private List<PersonCertification> held(String filter, UUID value) {
		LocalDate today = today();
		List<PersonCertification> rows = jdbc.query("select h.id, h.certification_id, c.name, h.person_id, h.earned_on,"
				+ " h.expires_on from person_certification h join certification c on c.id = h.certification_id where " + filter
				+ " order by h.earned_on desc, h.id fetch first 50 rows only", (row, n) -> new PersonCertification(
						row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getObject(4, UUID.class),
						null, row.getDate(5).toLocalDate(), row.getDate(6).toLocalDate(), row.getDate(6).toLocalDate().isAfter(today)),
				value);
		Map<UUID, String> names = new HashMap<>();
		return rows.stream().map(h -> new PersonCertification(h.id(), h.certificationId(), h.name(), h.personId(),
				names.computeIfAbsent(h.personId(), p -> people.find(new UserId(p)).map(Person::displayName).orElse("")),
				h.earnedOn(), h.expiresOn(), h.valid())).toList();
	}

	/** The certifications each partner's people have earned (held now or not), by name; of one partner, or (null) all. */
	@Transactional(readOnly = true)
	public Map<PartnerId, Set<String>> certificationsEarned(PartnerId only) {
		Map<PartnerId, Set<String>> earned = new HashMap<>();
		Object[] args = only == null ? new Object[0] : new Object[] { only.value() };
		jdbc.query("select distinct h.partner_id, c.name from person_certification h join certification c"
				+ " on c.id = h.certification_id" + (only == null ? "" : " where h.partner_id = ?"), row -> {
					earned.computeIfAbsent(new PartnerId(row.getObject(1, UUID.class)), p -> new HashSet<>()).add(row.getString(2));
				}, args);
		return earned;
	}

	/** How many of the vendor's certifications the people of each partner hold between them on the day (scoring). */
	@Transactional(readOnly = true)
	public Map<PartnerId, Long> certificationsHeldOn(LocalDate day) {
		Map<PartnerId, Long> held = new HashMap<>();
		jdbc.query("select partner_id, count(distinct certification_id) from person_certification where earned_on <= ?"
				+ " and expires_on > ? group by partner_id", row -> {
					held.put(new PartnerId(row.getObject(1, UUID.class)), row.getLong(2));
				}, Date.valueOf(day), Date.valueOf(day));
		return held;
	}
}
