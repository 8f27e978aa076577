package org.concord.training.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.UserId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.WorkAsPartner;
import org.concord.shared.web.Downloads;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.concord.training.AttemptResult;
import org.concord.training.Certifications;
import org.concord.training.CompletionView;
import org.concord.training.CourseDetails;
import org.concord.training.CourseView;
import org.concord.training.Courses;
import org.concord.training.QuizText;
import org.concord.training.Training;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training pages: the courses and one's own results and certifications; a course with its content and quiz; the
 * certificate PDFs; a person's record; and the vendor admin's course and certification forms.
 */
@Controller
class TrainingController {

	private static final String COURSE = "training/course";
	private static final String COURSE_FORM = "training/course-form";

	private final Courses courses;
	private final Certifications certifications;
	private final Training training;
	private final CurrentActor actor;

	TrainingController(Courses courses, Certifications certifications, Training training, CurrentActor actor) {
		this.courses = courses;
		this.certifications = certifications;
		this.training = training;
		this.actor = actor;
	}

	@InRoom(PortalRoom.TRAINING)
	@GetMapping("/training")
	String index(@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		Training.Record mine = training.mine();
		model.addAttribute("courses", courses.list(page, null));
		model.addAttribute("record", mine);
		model.addAttribute("results", mine.courses().stream().collect(Collectors.toMap(CompletionView::courseId, r -> r)));
		return Htmx.view(request, "training/index", "courses");
	}

	@InRoom(PortalRoom.TRAINING)
	@GetMapping("/training/courses/{id}")
	String course(@PathVariable UUID id, Model model) {
		model.addAttribute("course", courses.get(id));
		model.addAttribute("record", actor.isVendorStaff() ? null : training.mine());
		return COURSE;
	}

	@InRoom(PortalRoom.TRAINING)
	@GetMapping("/training/courses/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id) {
		Courses.CourseFile file = courses.file(id);
		return pdf(file.content(), file.name());
	}

	/** The quiz's answers (answer0, answer1, ...), or none: the result on the course page (its fragment for htmx). */
	@WorkAsPartner
	@InRoom(PortalRoom.TRAINING)
	@PostMapping("/training/courses/{id}/attempts")
	String attempt(@PathVariable UUID id, HttpServletRequest request, Model model) {
		CourseView course = courses.get(id);
		List<Integer> answers = new ArrayList<>();
		for (int i = 0; i < course.quiz().size(); i++) {
			String answer = request.getParameter("answer" + i);
			answers.add(answer == null || !answer.matches("\\d{1,2}") ? null : Integer.valueOf(answer));
		}
		AttemptResult result = training.attempt(id, answers);
		model.addAttribute("course", course);
		model.addAttribute("result", result);
		model.addAttribute("record", training.mine());
		return Htmx.view(request, COURSE, "quiz");
	}

	@InRoom(PortalRoom.TRAINING)
	@GetMapping("/training/certificates/{id}.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
		return pdf(certifications.certificate(id), "certificate-" + id + ".pdf");
	}

	@InRoom(PortalRoom.TRAINING)
	@GetMapping("/people/{id}/training")
	String person(@PathVariable UUID id, Model model) {
		model.addAttribute("record", training.record(new UserId(id)));
		return "training/person";
	}

	@Administer
	@GetMapping("/admin/courses/new")
	String newCourse(Model model) {
		model.addAttribute("course", null);
		model.addAttribute("quiz", "");
		return COURSE_FORM;
	}

	@Administer
	@PostMapping("/admin/courses/new")
	String add(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String summary,
			@RequestParam(defaultValue = "") String link, @RequestParam(defaultValue = "") String quiz,
			@RequestParam(required = false) Integer passMark, @RequestParam(defaultValue = "false") boolean published,
			@RequestParam(required = false) MultipartFile file, HttpServletResponse response, Model model,
			RedirectAttributes redirect) throws IOException {
		return saved(null, title, summary, link, quiz, passMark, published, file, response, model, redirect);
	}

	@Administer
	@GetMapping("/admin/courses/{id}")
	String editCourse(@PathVariable UUID id, Model model) {
		CourseView course = courses.get(id);
		model.addAttribute("course", course);
		model.addAttribute("quiz", QuizText.format(course.quiz()));
		return COURSE_FORM;
	}

	@Administer
	@PostMapping("/admin/courses/{id}")
	String change(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String link,
			@RequestParam(defaultValue = "") String quiz, @RequestParam(required = false) Integer passMark,
			@RequestParam(defaultValue = "false") boolean published, @RequestParam(required = false) MultipartFile file,
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		return saved(id, title, summary, link, quiz, passMark, published, file, response, model, redirect);
	}

	/** Saves the course (the PDF first, so that a course may be published with only a PDF); the form again on a problem. */
	private String saved(UUID id, String title, String summary, String link, String quiz, Integer passMark, boolean published,
			MultipartFile file, HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		try {
			CourseDetails details = new CourseDetails(title, summary, link, passMark, published, QuizText.parse(quiz));
			boolean withFile = file != null && !file.isEmpty();
			UUID saved = id;
			if (saved == null) {
				saved = courses.create(new CourseDetails(title, summary, link, passMark, published && !withFile,
						details.quiz())).id();
			}
			if (withFile) {
				courses.attachFile(saved, file.getOriginalFilename(), file.getBytes());
			}
			courses.change(saved, details);
			redirect.addFlashAttribute("notice", "Course saved.");
			return "redirect:/training/courses/" + saved;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("course", id == null ? null : courses.get(id));
			model.addAttribute("typed", new CourseDetails(title, summary, link, passMark, published, List.of()));
			model.addAttribute("quiz", quiz);
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("problemField", ex.field());
			return COURSE_FORM;
		}
	}

	@Administer
	@GetMapping("/admin/certifications")
	String certificationsPage(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("certifications", certifications.list(page, null));
		model.addAttribute("courses", courses.list(0, 100).content());
		return "training/certifications";
	}

	@Administer
	@PostMapping("/admin/certifications")
	String define(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer validityMonths,
			@RequestParam(required = false) Set<UUID> courseIds, RedirectAttributes redirect) {
		try {
			certifications.define(name, validityMonths == null ? 0 : validityMonths, courseIds);
			redirect.addFlashAttribute("notice", "Certification defined.");
		}
		catch (InvalidInputException | ConflictingRequestException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/certifications";
	}

	private static ResponseEntity<byte[]> pdf(byte[] content, String name) {
		return Downloads.attachment(content, MediaType.APPLICATION_PDF, name == null ? "file.pdf" : name);
	}
}
