package org.concord.training;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.access.Administer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's courses: a vendor admin adds and changes them (a link or a PDF of at most 10 MB, judged by its bytes,
 * and an optional quiz); partner people see the published ones, never the quiz's right answers.
 */
@Service
public class Courses {

	static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final CourseRepository courses;
	private final JdbcTemplate jdbc;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Courses(CourseRepository courses, JdbcTemplate jdbc, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
		this.courses = courses;
		this.jdbc = jdbc;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** The courses by title, paged: every one for the vendor's staff, the published ones for partners. */
	@Transactional(readOnly = true)
	public PageView<CourseView> list(Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by("title", "id"));
		boolean vendor = actor.isVendorStaff();
		var rows = vendor ? courses.findAll(pageable) : courses.findByPublishedTrue(pageable);
		return PageView.of(rows, course -> course.toView(vendor));
	}

	@Transactional(readOnly = true)
	public CourseView get(UUID id) {
		return visible(id).toView(actor.isVendorStaff());
	}

	Course visible(UUID id) {
		Course course = courses.findById(id).orElseThrow(() -> new NotFoundException("Course"));
		if (!course.published() && !actor.isVendorStaff()) {
			throw new NotFoundException("Course");
		}
		return course;
	}

	@Administer
	@Transactional
	public CourseView create(CourseDetails details) {
		Course course = courses.save(new Course(details, clock.instant()));
		events.publishEvent(new Audited("COURSE_ADDED", course.id().toString(), course.title()));
		return course.toView(true);
	}

	@Administer
	@Transactional
	public CourseView change(UUID id, CourseDetails details) {
		Course course = courses.findById(id).orElseThrow(() -> new NotFoundException("Course"));
		course.change(details, true);
		events.publishEvent(new Audited("COURSE_CHANGED", id.toString(), course.title()));
		return courses.save(course).toView(true);
	}

	/** A vendor admin attaches the course's PDF (replacing one before). */
	@Administer
	@Transactional
	public CourseView attachFile(UUID id, String name, byte[] content) {
		Course course = courses.findById(id).orElseThrow(() -> new NotFoundException("Course"));
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "Choose the course's PDF.");
		}
		if (content.length > MAX_FILE_BYTES) {
			throw new InvalidInputException("file", "The PDF may be at most 10 MB.");
		}
		if (content.length < PDF.length || !Arrays.equals(Arrays.copyOf(content, PDF.length), PDF)) {
			throw new InvalidInputException("file", "The file is not a PDF.");
		}
		String safeName = name == null || name.isBlank() ? "course.pdf" : name.strip().replaceAll("[^A-Za-z0-9._ -]", "_");
		course.attachFile(safeName.length() > 200 ? safeName.substring(0, 200) : safeName);
		jdbc.update("delete from course_file where course_id = ?", id);
		jdbc.update("insert into course_file (course_id, content) values (?, ?)", id, content);
		events.publishEvent(new Audited("COURSE_FILE_ATTACHED", id.toString(), course.title() + ": " + content.length + " bytes"));
		return courses.save(course).toView(true);
	}

	/** A course's PDF and the name it is saved under. */
	public record CourseFile(String name, byte[] content) {
	}

	/** The course's PDF, for anyone who sees the course; a partner person's download counts in their engagement. */
	@Transactional
	public CourseFile file(UUID id) {
		Course course = visible(id);
		byte[] content = jdbc.query("select content from course_file where course_id = ?", (row, n) -> row.getBytes(1), id)
				.stream().findFirst().orElseThrow(() -> new NotFoundException("Course file"));
		actor.scope().company().ifPresent(partner -> events.publishEvent(new EngagementRecorded(actor.userId(), partner,
				EngagementKind.DOWNLOAD, course.title(), clock.instant())));
		return new CourseFile(course.toView(false).fileName(), content);
	}
}
