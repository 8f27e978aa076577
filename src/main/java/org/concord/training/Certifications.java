package org.concord.training;

import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.shared.Audited;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.access.Administer;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's certifications: a vendor admin defines each (its courses, how long it is valid); a held one's
 * certificate is a PDF; 30 days before one expires, the holder and their partner's account manager are warned, once.
 */
@Service
public class Certifications {

	static final int WARNING_DAYS = 30;

	/** A certification about to expire, for the warning. */
	record Expiring(UUID heldId, UUID personId, UUID partnerId, String name, LocalDate expiresOn) {
	}

	private final CertificationRepository certifications;
	private final CourseRepository courses;
	private final People people;
	private final JdbcTemplate jdbc;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Certifications(CertificationRepository certifications, CourseRepository courses, People people, JdbcTemplate jdbc,
			CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
		this.certifications = certifications;
		this.courses = courses;
		this.people = people;
		this.jdbc = jdbc;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** Every certification, by name, paged, with its courses. */
	@Transactional(readOnly = true)
	public PageView<CertificationDefinition> list(Integer page, Integer size) {
		var rows = certifications.findAll(Paging.of(page, size, Sort.by("name", "id")));
		Map<UUID, String> titles = courses.findAllById(rows.getContent().stream()
				.flatMap(c -> c.toView(Map.of()).courses().stream().map(CertificationDefinition.Course::id)).collect(Collectors.toSet()))
				.stream().collect(Collectors.toMap(Course::id, Course::title));
		return PageView.of(rows, c -> c.toView(titles));
	}

	@Administer
	@Transactional
	public CertificationDefinition define(String name, int validityMonths, Set<UUID> courseIds) {
		if (name != null && certifications.existsByNameIgnoreCase(name.strip())) {
			throw new ConflictingRequestException("name", "A certification of this name exists already.");
		}
		List<Course> found = courseIds == null ? List.of() : courses.findAllById(courseIds);
		if (courseIds != null && found.size() != courseIds.size()) {
			throw new InvalidInputException("courses", "Choose courses that exist.");
		}
		Certification certification = certifications.save(new Certification(name, validityMonths, courseIds, clock.instant()));
		events.publishEvent(new Audited("CERTIFICATION_DEFINED", certification.id().toString(), certification.name()));
		return certification.toView(found.stream().collect(Collectors.toMap(Course::id, Course::title)));
	}

	/** A held certification's certificate: for the holder, the people of a partner that reads theirs, and the vendor. */
	@Transactional(readOnly = true)
	public byte[] certificate(UUID heldId) {
		record Held(UUID person, UUID partner, String name, LocalDate earned, LocalDate expires) {
		}
		Held held = jdbc.query("select h.person_id, h.partner_id, c.name, h.earned_on, h.expires_on from person_certification h"
				+ " join certification c on c.id = h.certification_id where h.id = ?", (row, n) -> new Held(row.getObject(1,
						UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getDate(4).toLocalDate(),
						row.getDate(5).toLocalDate()), heldId).stream().findFirst()
				.orElseThrow(() -> new NotFoundException("Certificate"));
		if (!held.person().equals(actor.userId().value()) && !actor.scope().reads(new PartnerId(held.partner()))) {
			throw new NotFoundException("Certificate");
		}
		Person person = people.find(new UserId(held.person())).orElseThrow(() -> new NotFoundException("Certificate"));
		return pdf(person.displayName(), held.name(), held.earned(), held.expires(), heldId);
	}

	private static byte[] pdf(String person, String certification, LocalDate earned, LocalDate expires, UUID id) {
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 28);
		Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, 13);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 72, 72, 96, 72);
		PdfWriter.getInstance(document, out);
		document.open();
		for (Paragraph line : List.of(new Paragraph("Certificate", title), new Paragraph(" ", body),
				new Paragraph("This certifies that", body), new Paragraph(person, name), new Paragraph("has earned", body),
				new Paragraph(certification, name), new Paragraph(" ", body),
				new Paragraph("Earned " + earned + " · valid until " + expires, body), new Paragraph(" ", body),
				new Paragraph("Certificate " + id, small))) {
			line.setAlignment(Element.ALIGN_CENTER);
			document.add(line);
		}
		document.close();
		return out.toByteArray();
	}

	/**
	 * The daily job: held certifications expiring within {@value #WARNING_DAYS} days that nobody was warned of, and
	 * that the holder has not earned again since, are marked warned and returned for the notices.
	 */
	@Transactional
	public List<Expiring> warnExpiring(LocalDate today) {
		List<Expiring> due = jdbc.query("select h.id, h.person_id, h.partner_id, c.name, h.expires_on from person_certification h"
				+ " join certification c on c.id = h.certification_id where h.warned_on is null and h.expires_on > ?"
				+ " and h.expires_on <= ? and not exists (select 1 from person_certification n where n.person_id = h.person_id"
				+ " and n.certification_id = h.certification_id and n.expires_on > h.expires_on)",
				(row, n) -> new Expiring(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
						row.getString(4), row.getDate(5).toLocalDate()), Date.valueOf(today), Date.valueOf(today.plusDays(WARNING_DAYS)));
		due.forEach(held -> {
			jdbc.update("update person_certification set warned_on = ? where id = ?", Date.valueOf(today), held.heldId());
			events.publishEvent(new CertificationExpiring(held.heldId(), new UserId(held.personId()),
					new PartnerId(held.partnerId()), held.name(), held.expiresOn()));
		});
		return due;
	}
}
