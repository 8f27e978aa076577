package org.concord.identity.api;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.concord.identity.AttendanceResult;
import org.concord.identity.AttendanceSheet;
import org.concord.identity.Brands;
import org.concord.identity.EventAttendance;
import org.concord.identity.FunctionalRole;
import org.concord.identity.Invitation;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.identity.PersonalSettings;
import org.concord.partners.Engagement;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@Tag(name = "People", description = "The caller, and the people they may see and manage")
class UserApi {

	private final People people;
	private final Brands brands;
	private final Engagement engagement;
	private final EventAttendance attendance;

	UserApi(People people, Brands brands, Engagement engagement, EventAttendance attendance) {
		this.attendance = attendance;
		this.people = people;
		this.brands = brands;
		this.engagement = engagement;
	}

	@Operation(summary = "A partner person's engagement history, newest first, paged (logins, deal registrations, "
			+ "training, downloads, events), with how many of each in all; 404 for a person outside the caller's scope")
	@GetMapping("/users/{id}/engagement")
	Engagement.History engagement(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		people.get(new UserId(id));
		return engagement.of(new UserId(id), page, size);
	}

	@Operation(summary = "Record who attended an event (channel team): the event's name, its day (not in the future) and the "
			+ "attendees' e-mail addresses (at most 500). Each partner person found gets an event entry in their engagement "
			+ "history, once per event and day; the answer lists whom it recorded, who already was, and the addresses that "
			+ "match no active partner person")
	@PostMapping("/event-attendance")
	AttendanceResult recordAttendance(@Valid @RequestBody AttendanceSheet sheet) {
		return attendance.record(sheet);
	}

	@Operation(summary = "The user the token belongs to")
	@GetMapping("/me")
	Person me() {
		return people.me();
	}

	@Operation(summary = "The caller's own settings: the time zone pages show times in (an IANA name; null: the vendor's), "
			+ "a phone number, and the preferred channel (EMAIL, PHONE)")
	@GetMapping("/me/settings")
	PersonalSettings mySettings() {
		return people.mySettings();
	}

	@Operation(summary = "Change the caller's own settings; a refusal names its field (timeZone, phone)")
	@PutMapping("/me/settings")
	PersonalSettings changeMySettings(@RequestBody PersonalSettings settings) {
		return people.changeMySettings(settings);
	}

	@Operation(summary = "People in the caller's scope, paged (a partner sees only its own company)")
	@GetMapping("/users")
	PageView<Person> list(@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return people.list(partnerId == null ? null : new PartnerId(partnerId), page, size);
	}

	@Operation(summary = "One person; 404 if outside the caller's scope")
	@GetMapping("/users/{id}")
	Person get(@PathVariable UUID id) {
		return people.get(new UserId(id));
	}

	@Operation(summary = "Invite a person; they get a mail to choose a password")
	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	Person invite(@Valid @RequestBody Invitation invitation, HttpServletRequest request) {
		return people.get(people.invite(invitation, brands.portal(request)));
	}

	/** A partner person's functional role, or null for none. */
	record FunctionalRoleChange(FunctionalRole functionalRole) {
	}

	@Operation(summary = "Set a partner person's functional role (sales, technical, marketing, executive, finance) or none; by whoever manages the person")
	@PutMapping("/users/{id}/functional-role")
	Person changeFunctionalRole(@PathVariable UUID id, @RequestBody FunctionalRoleChange change) {
		people.changeFunctionalRole(new UserId(id), change.functionalRole());
		return people.get(new UserId(id));
	}

	@Operation(summary = "Deactivate a person and end their sessions")
	@PostMapping("/users/{id}/deactivation")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivate(@PathVariable UUID id) {
		people.deactivate(new UserId(id));
	}
}
