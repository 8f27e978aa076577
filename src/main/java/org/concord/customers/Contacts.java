package org.concord.customers;

import java.time.Clock;
import java.time.LocalDate;

import java.util.Locale;
import java.util.Optional;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer contacts, as far as the current actor may see them: a partner sees the ones it entered. */
@Service
public class Contacts {

	private final CustomerContactRepository contacts;
	private final CurrentActor actor;
	private final Clock clock;

	Contacts(CustomerContactRepository contacts, CurrentActor actor, Clock clock) {
		this.contacts = contacts;
		this.actor = actor;
		this.clock = clock;
	}

	/** "Start a Contact": partners enter contacts for their own company. */
	@WorkAsPartner
	@Transactional
	public ContactId start(NewContact details) {
		PartnerId owner = actor.scope().company()
				.orElseThrow(() -> new InvalidInputException("partnerId", "Contacts are entered by a partner's people."));
		LocalDate today = today();
		Consent consent = consentOf(details, today);
		CustomerContact contact = contacts.save(new CustomerContact(owner, details, consent, actor.userId().value(),
				clock.instant()));
		return contact.toView(today).id();
	}

	/**
	 * Checks the consent of contact details that are not stored here yet (a vendor's lead): the same rules as
	 * "Start a Contact", and the status it has today (valid, expired, withdrawn).
	 */
	public ConsentView assessConsent(NewContact details) {
		LocalDate today = today();
		return consentOf(details, today).toView(today);
	}

	/**
	 * A vendor lead's contact becomes the contact of the partner who works it. The leads module calls this
	 * after its own checks; the partner then sees the contact like one it entered itself.
	 */
	@Transactional
	public ContactId handOver(PartnerId owner, NewContact details, UserId by) {
		LocalDate today = today();
		CustomerContact contact = contacts.save(new CustomerContact(owner, details, consentOf(details, today), by.value(),
				clock.instant()));
		return contact.toView(today).id();
	}

	private static Consent consentOf(NewContact details, LocalDate today) {
		return new Consent(details.consentType(), details.consentBasis(), details.consentBasisDate(),
				details.consentObtainedHow(), details.consentObtainedOn(), details.consentObtainedBy(), today);
	}

	@Transactional(readOnly = true)
	public ContactView get(ContactId id) {
		return visible(id).toView(today());
	}

	/**
	 * The customer person behind a contact, unscoped and without the owning partner, its consent record or its
	 * address: for a partner the vendor invited to work a deal with the registering partner.
	 */
	@Transactional(readOnly = true)
	public Optional<ContactCard> cardOf(ContactId id) {
		return contacts.findById(id.value()).map(c -> c.toView(today()))
				.map(v -> new ContactCard(v.name(), v.email(), v.phone(), v.companyName()));
	}

	@Transactional(readOnly = true)
	public PageView<ContactView> list(Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by("companyName", "lastName"));
		LocalDate today = today();
		var rows = actor.scope().company().map(own -> contacts.findByPartnerId(own.value(), pageable))
				.orElseGet(() -> contacts.findAll(pageable));
		return PageView.of(rows, c -> c.toView(today));
	}

	/**
	 * The caller's own contacts matching what was typed (company, name or e-mail), for the contact picker: as many as
	 * fit one page, so a partner with thousands of contacts still finds each one.
	 */
	@Transactional(readOnly = true)
	public PageView<ContactView> search(String text, Integer page, Integer size) {
		String typed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		if (typed.isEmpty()) {
			return list(page, size);
		}
		var pageable = Paging.of(page, size, Sort.by("companyName", "lastName"));
		String pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		LocalDate today = today();
		var rows = actor.scope().company().map(own -> contacts.search(own.value(), pattern, pageable))
				.orElseGet(() -> Page.empty(pageable));
		return PageView.of(rows, c -> c.toView(today));
	}

	@Transactional
	public void withdrawConsent(ContactId id) {
		visible(id).withdrawConsent(today());
	}

	private CustomerContact visible(ContactId id) {
		CustomerContact contact = contacts.findById(id.value()).orElseThrow(() -> new NotFoundException("Contact"));
		actor.scope().requireVisible(contact.owner(), "Contact");
		return contact;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
