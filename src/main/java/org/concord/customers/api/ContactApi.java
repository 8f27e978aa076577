package org.concord.customers.api;

import java.util.UUID;

import jakarta.validation.Valid;

import org.concord.customers.ContactId;
import org.concord.customers.ContactView;
import org.concord.customers.Contacts;
import org.concord.customers.NewContact;
import org.concord.shared.PageView;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contacts", description = "Customer contacts with their anti-spam consent")
@InRoom(PortalRoom.LEADS)
class ContactApi {

	private final Contacts contacts;

	ContactApi(Contacts contacts) {
		this.contacts = contacts;
	}

	@Operation(summary = "Contacts in the caller's scope, paged; q finds a partner's own by company, name or e-mail")
	@GetMapping
	PageView<ContactView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return q == null || q.isBlank() ? contacts.list(page, size) : contacts.search(q, page, size);
	}

	@Operation(summary = "One contact; 404 if outside the caller's scope")
	@GetMapping("/{id}")
	ContactView get(@PathVariable UUID id) {
		return contacts.get(new ContactId(id));
	}

	@Operation(summary = "Start a contact (partner users); consent type is required")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ContactView start(@Valid @RequestBody NewContact contact) {
		return contacts.get(contacts.start(contact));
	}

	@Operation(summary = "Record that the contact withdrew consent or unsubscribed")
	@PostMapping("/{id}/withdrawal")
	ContactView withdraw(@PathVariable UUID id) {
		contacts.withdrawConsent(new ContactId(id));
		return contacts.get(new ContactId(id));
	}
}
