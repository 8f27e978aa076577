package org.concord.training.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.concord.shared.PageView;
import org.concord.shared.UserId;
import org.concord.shared.web.Downloads;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.concord.training.AttemptResult;
import org.concord.training.CertificationDefinition;
import org.concord.training.Certifications;
import org.concord.training.CourseDetails;
import org.concord.training.CourseView;
import org.concord.training.Courses;
import org.concord.training.Training;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Training", description = "The vendor's courses and certifications, people's results, certificates")
@InRoom(PortalRoom.TRAINING)
class TrainingApi {

	private final Courses courses;
	private final Certifications certifications;
	private final Training training;

	TrainingApi(Courses courses, Certifications certifications, Training training) {
		this.courses = courses;
		this.certifications = certifications;
		this.training = training;
	}

	@Operation(summary = "The courses by title, paged: every one for vendor staff, the published ones for partners")
	@GetMapping("/courses")
	PageView<CourseView> courses(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return courses.list(page, size);
	}

	@Operation(summary = "One course; its quiz's right answers only for vendor staff")
	@GetMapping("/courses/{id}")
	CourseView course(@PathVariable UUID id) {
		return courses.get(id);
	}

	@Operation(summary = "Add a course (vendor admin): title, summary, a link, the quiz (each question's options and the index"
			+ " of the right one) and its pass mark in percent; published only with content")
	@PostMapping("/courses")
	@ResponseStatus(HttpStatus.CREATED)
	CourseView add(@RequestBody CourseDetails details) {
		return courses.create(details);
	}

	@Operation(summary = "Change a course (vendor admin); its PDF stays")
	@PutMapping("/courses/{id}")
	CourseView change(@PathVariable UUID id, @RequestBody CourseDetails details) {
		return courses.change(id, details);
	}

	@Operation(summary = "Attach the course's PDF (vendor admin): the body is the PDF, at most 10 MB, judged by its bytes")
	@PutMapping(path = "/courses/{id}/file", consumes = MediaType.APPLICATION_PDF_VALUE)
	CourseView attach(@PathVariable UUID id, @RequestParam(defaultValue = "course.pdf") String name, @RequestBody byte[] pdf) {
		return courses.attachFile(id, name, pdf);
	}

	@Operation(summary = "The course's PDF, for anyone who sees the course")
	@GetMapping(path = "/courses/{id}/file", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		Courses.CourseFile file = courses.file(id);
		return pdf(file.content(), file.name());
	}

	/** The chosen option of each question, in order (none for a course without a quiz). */
	record Answers(List<Integer> answers) {
	}

	@Operation(summary = "Take a course's quiz, or complete a course without one (partner people): passing counts as training"
			+ " and may earn certifications")
	@PostMapping("/courses/{id}/attempts")
	@ResponseStatus(HttpStatus.CREATED)
	AttemptResult attempt(@PathVariable UUID id, @RequestBody(required = false) Answers answers) {
		return training.attempt(id, answers == null ? List.of() : answers.answers());
	}

	@Operation(summary = "The certifications, by name, paged, with the courses that earn each")
	@GetMapping("/certifications")
	PageView<CertificationDefinition> certifications(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return certifications.list(page, size);
	}

	/** A certification: its name, months valid and courses. */
	record NewCertification(String name, Integer validityMonths, Set<UUID> courses) {
	}

	@Operation(summary = "Define a certification (vendor admin): earned by passing every one of its courses, valid for its"
			+ " months")
	@PostMapping("/certifications")
	@ResponseStatus(HttpStatus.CREATED)
	CertificationDefinition define(@RequestBody NewCertification certification) {
		return certifications.define(certification.name(), certification.validityMonths() == null ? 0
				: certification.validityMonths(), certification.courses());
	}

	@Operation(summary = "The caller's training: results per course and certifications")
	@GetMapping("/me/training")
	Training.Record mine() {
		return training.mine();
	}

	@Operation(summary = "A person's training; 404 outside the caller's scope")
	@GetMapping("/users/{id}/training")
	Training.Record person(@PathVariable UUID id) {
		return training.record(new UserId(id));
	}

	@Operation(summary = "A held certification's certificate as PDF: for its holder, their colleagues and the vendor")
	@GetMapping(path = "/person-certifications/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
		return pdf(certifications.certificate(id), "certificate-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> pdf(byte[] content, String name) {
		return Downloads.attachment(content, MediaType.APPLICATION_PDF, name == null ? "file.pdf" : name);
	}
}
