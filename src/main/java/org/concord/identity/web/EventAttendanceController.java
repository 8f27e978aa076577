package org.concord.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.concord.identity.AttendanceResult;
import org.concord.identity.AttendanceSheet;
import org.concord.identity.EventAttendance;
import org.concord.identity.People;
import org.concord.shared.InvalidInputException;
import org.concord.shared.UserId;
import org.concord.shared.access.ManageChannel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The channel team records who attended an event: a whole sign-in list, or one person from their page. */
@Controller
@ManageChannel
class EventAttendanceController {

	private static final String PAGE = "identity/event-attendance";

	private final EventAttendance attendance;
	private final People people;

	EventAttendanceController(EventAttendance attendance, People people) {
		this.attendance = attendance;
		this.people = people;
	}

	@GetMapping("/event-attendance")
	String form() {
		return PAGE;
	}

	@PostMapping("/event-attendance")
	String record(@RequestParam(required = false) String event, @RequestParam(required = false) String attendedOn,
			@RequestParam(required = false) String emails, Model model, RedirectAttributes redirect) {
		try {
			AttendanceResult result = attendance.record(new AttendanceSheet(event, day(attendedOn), List.of(emails == null ? "" : emails)));
			redirect.addFlashAttribute("result", result);
			redirect.addFlashAttribute("notice", summary(result));
			return "redirect:/event-attendance";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("problemField", ex.field());
			model.addAttribute("typed", new Typed(event, attendedOn, emails));
			return PAGE;
		}
	}

	@PostMapping("/people/{id}/event-attendance")
	String recordOne(@PathVariable UUID id, @RequestParam(required = false) String event,
			@RequestParam(required = false) String attendedOn, RedirectAttributes redirect) {
		var person = people.get(new UserId(id));
		try {
			AttendanceResult result = attendance.record(new AttendanceSheet(event, day(attendedOn), List.of(person.email())));
			redirect.addFlashAttribute(result.recorded().isEmpty() ? "problem" : "notice", result.recorded().isEmpty()
					? "Already recorded: " + result.subject() + "." : "Recorded: attended " + result.subject() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/people/" + id + "#engagement";
	}

	/** What was typed, shown again beside the problem. */
	record Typed(String event, String attendedOn, String emails) {
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("attendedOn", "Enter the day of the event as YYYY-MM-DD.");
		}
	}

	private static String summary(AttendanceResult result) {
		return "Recorded " + result.recorded().size() + (result.recorded().size() == 1 ? " person" : " people") + " at "
				+ result.subject() + (result.alreadyRecorded().isEmpty() ? "" : "; " + result.alreadyRecorded().size() + " already were")
				+ (result.unknown().isEmpty() ? "." : "; " + result.unknown().size() + " address(es) matched no partner person.");
	}
}
