package org.concord.demo;

import java.math.BigDecimal;
import org.concord.registrations.Deals;
import org.concord.commissions.Receipts;
import org.concord.commissions.Contracts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.concord.commissions.ContractId;
import org.concord.commissions.NewPayment;
import org.concord.commissions.OpenContract;
import org.concord.commissions.PaymentKind;
import org.concord.customers.ConsentType;
import org.concord.customers.ContactId;
import org.concord.customers.Contacts;
import org.concord.customers.NewContact;
import org.concord.identity.UserProvisioning;
import org.concord.leads.Leads;
import org.concord.leads.NewLead;
import org.concord.registrations.Assignment;
import org.concord.registrations.ContactType;
import org.concord.registrations.Opportunity;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.Registrations;
import org.concord.registrations.Stage;
import org.concord.shared.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * A pipeline to look at on first start: Northwind's reps have an opportunity waiting for review, one being
 * worked, and one won whose first invoice is paid (so it has earned commission); Harbour has an approved one;
 * and a lead from the vendor waits for Northwind. Each step goes through the services a person would use, as
 * that person, so the demo shows only what the rules allow.
 */
@Component
class DemoPipeline {

	private static final BigDecimal WON_MRR = new BigDecimal("1800.00");

	private final UserProvisioning users;
	private final CurrentActor actor;
	private final Contacts contacts;
	private final Registrations registrations;
	private final Contracts contracts;
	private final Receipts receipts;
	private final Deals deals;
	private final Leads leads;
	private final Clock clock;

	DemoPipeline(UserProvisioning users, CurrentActor actor, Contacts contacts, Registrations registrations,
			Contracts contracts, Receipts receipts, Deals deals, Leads leads, Clock clock) {
		this.users = users;
		this.actor = actor;
		this.contacts = contacts;
		this.registrations = registrations;
		this.contracts = contracts;
		this.receipts = receipts;
		this.deals = deals;
		this.leads = leads;
		this.clock = clock;
	}

	void load() {
		LocalDate today = LocalDate.now(clock);
		register("northwind.rep", new Prospect("Citadel Dental Group", "citadeldental.ca", "Dana", "Doyle", "+1 902 555 0111",
				"Halifax", "NS"), "quartz", "950.00", Stage.QUALIFIED, "Three clinics; audit findings on document control.");

		RegistrationId worked = register("northwind.rep", new Prospect("Bluenose Fisheries Ltd.", "bluenosefisheries.ca",
				"Brian", "Boudreau", "+1 902 555 0112", "Lunenburg", "NS"), "lighthouse", "2400.00", Stage.DEMO,
				"Four plants; wants incident reporting on tablets before the spring season.");
		users.actingAs("channel", () -> approve(worked));
		users.actingAs("northwind.rep", () -> {
			deals.logContact(worked, today, ContactType.MEETING, "Site visit in Lunenburg; demo booked.");
			return null;
		});

		RegistrationId won = register("northwind.rep", new Prospect("Halifax Harbour Construction Inc.",
				"halifaxharbourconstruction.ca", "Hannah", "Hale", "+1 902 555 0113", "Halifax", "NS"), "cube",
				WON_MRR.toPlainString(), Stage.NEGOTIATION, "Moving 120 site supervisors off paper forms.");
		users.actingAs("channel", () -> approve(won));
		users.actingAs("northwind.rep", () -> {
			deals.markWon(won, "Signed a 12-month subscription.");
			return null;
		});
		users.actingAs("channel", () -> {
			ContractId contract = contracts.open(new OpenContract(won.value(), today, 12));
			UUID invoice = contracts.issueInvoice(contract, YearMonth.from(today));
			return receipts.recordPayment(new NewPayment(invoice, PaymentKind.PAYMENT, WON_MRR, today,
					"demo-payment-1", null));
		});

		RegistrationId approved = register("harbour.rep", new Prospect("Lakeshore Manufacturing Corp.",
				"lakeshoremfg.ca", "Liam", "Lake", "+1 416 555 0114", "Toronto", "ON"), "lighthouse", "3100.00",
				Stage.PROPOSAL, "ISO 45001 certification due next year; 600 employees.");
		users.actingAs("channel", () -> approve(approved));

		users.actingAs("channel", () -> leads.create(new NewLead(contact(new Prospect("Dartmouth Medical Clinic",
				"dartmouthmedical.ca", "Maya", "Murphy", "+1 902 555 0115", "Dartmouth", "NS"), "B2Y 4N4", "Casey Channel"),
				44.67, -63.57, "lighthouse", "healthcare", null, new BigDecimal("1200.00"), "CAD",
				"Asked for a demo at the Atlantic health and safety conference; 40 staff.")));
	}

	private record Prospect(String company, String domain, String firstName, String lastName, String phone, String city,
			String region) {
	}

	/** The rep starts the contact, then registers the opportunity they work themselves. */
	private RegistrationId register(String rep, Prospect prospect, String product, String mrr, Stage stage, String notes) {
		return users.actingAs(rep, () -> {
			ContactId contact = contacts.start(contact(prospect, null, actor.username()));
			UUID partner = actor.scope().company().orElseThrow().value();
			UUID me = actor.userId().value();
			return registrations.submit(new Opportunity(contact.value(), product, new BigDecimal(mrr), "CAD",
					LocalDate.now(clock).plusDays(60), stage, notes, Assignment.PARTNER_WORKING, partner, me, "WEB", partner,
					me)).id();
		});
	}

	private NewContact contact(Prospect prospect, String postalCode, String obtainedBy) {
		return new NewContact(prospect.firstName(), prospect.lastName(),
				prospect.firstName().toLowerCase() + "@" + prospect.domain(), prospect.phone(), prospect.company(),
				"https://www." + prospect.domain(), "1 Water St", prospect.city(), prospect.region(), postalCode, "CA",
				ConsentType.EXPRESS, null, null, "asked at a meeting", LocalDate.now(clock), obtainedBy);
	}

	private Void approve(RegistrationId id) {
		registrations.approve(id);
		return null;
	}
}
