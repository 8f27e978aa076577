package org.concord.customers.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.concord.customers.ConsentType;
import org.concord.customers.ContactId;
import org.concord.customers.Contacts;
import org.concord.customers.ImpliedConsentBasis;
import org.concord.shared.InvalidInputException;
import org.concord.shared.access.WorkAsPartner;
import org.concord.shared.web.Forms;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contacts: the list, "Start a Contact", a contact's page, withdrawal of consent, and what consent means. */
@Controller
@InRoom(PortalRoom.LEADS)
class ContactController {

	private static final String LIST = "customers/contacts";
	private static final String NEW = "customers/new-contact";
	private static final String DETAIL = "customers/contact";
	private static final String CONSENT_TYPES = "customers/consent-types";

	private final Contacts contacts;
	private final Validator validator;

	ContactController(Contacts contacts, Validator validator) {
		this.contacts = contacts;
		this.validator = validator;
	}

	@GetMapping("/contacts")
	String list(@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("contacts", contacts.list(page, null));
		return Htmx.view(request, LIST, "rows");
	}

	/** The registration form's contact picker, as the partner types: the matching contacts as options (htmx). */
	@WorkAsPartner
	@GetMapping("/contacts/picker")
	String picker(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("contacts", contacts.search(q, 0, 25).content());
		return "customers/picker :: options";
	}

	@WorkAsPartner
	@GetMapping("/contacts/new")
	String newForm(Model model) {
		model.addAttribute("form", new ContactForm());
		return newView(model);
	}

	@WorkAsPartner
	@PostMapping("/contacts/new")
	String start(@ModelAttribute("form") ContactForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		var details = form.toNewContact();
		Forms.validate(validator, details, binding);
		if (binding.hasErrors()) {
			return newView(model);
		}
		try {
			ContactId id = contacts.start(details);
			redirect.addFlashAttribute("notice", "Contact saved. Now start an opportunity for it.");
			return "redirect:/contacts/" + id;
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
			return newView(model);
		}
	}

	@GetMapping("/contacts/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("contact", contacts.get(new ContactId(id)));
		return DETAIL;
	}

	@PostMapping("/contacts/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		contacts.withdrawConsent(new ContactId(id));
		redirect.addFlashAttribute("notice", "Withdrawal of consent recorded: this person will not be contacted.");
		return "redirect:/contacts/" + id;
	}

	@GetMapping("/consent-types")
	String consentTypes() {
		return CONSENT_TYPES;
	}

	private static String newView(Model model) {
		model.addAttribute("consentTypes", ConsentType.values());
		model.addAttribute("bases", ImpliedConsentBasis.values());
		return NEW;
	}
}
