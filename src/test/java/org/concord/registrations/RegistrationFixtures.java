package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.concord.customers.ConsentType;
import org.concord.customers.ContactId;
import org.concord.customers.Contacts;
import org.concord.customers.NewContact;
import org.concord.identity.TestAccounts;
import org.springframework.stereotype.Component;

/** Contacts and registrations made through the services, as a given partner user. */
@Component
public class RegistrationFixtures {

	/** A prospect: company name, website, e-mail and phone, unique per test unless a test reuses parts. */
	public record Prospect(String company, String website, String email, String phone) {

		/**
		 * Phone numbers come from a sequence (from a random start, as the database may hold an earlier run's):
		 * numbers drawn at random collided now and then, and a prospect whose phone another test's registration
		 * holds is "already registered". Exchanges 200 to 554: tests that need a fixed number use 555.
		 */
		private static final AtomicLong PHONES = new AtomicLong(
				ThreadLocalRandom.current().nextLong(3_550_000));

		public static Prospect fresh() {
			String code = UUID.randomUUID().toString().substring(0, 8);
			return new Prospect("Prospect " + code + " Inc.", "www." + code + ".example", "buyer@" + code + ".example",
					freshPhone());
		}

		/** A phone number no other prospect or lead of this run has. */
		public static String freshPhone() {
			long number = 2_000_000 + PHONES.getAndIncrement() % 3_550_000;
			return String.format(Locale.ROOT, "+1 902 %03d %04d", number / 10_000, number % 10_000);
		}

		public Prospect withCompany(String name) {
			return new Prospect(name, website, email, phone);
		}
	}

	private final TestAccounts accounts;
	private final Contacts contacts;
	private final Registrations registrations;
	private final Clock clock;
	private final Validity validity;

	RegistrationFixtures(TestAccounts accounts, Contacts contacts, Registrations registrations, Clock clock, Validity validity) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.registrations = registrations;
		this.clock = clock;
		this.validity = validity;
	}

	/** The daily validity sweep, run now (tests outside this package have no access to it). */
	public void sweepValidity() {
		validity.sweep();
	}

	public ContactId contact(String username, Prospect prospect) {
		return accounts.as(username, () -> contacts.start(new NewContact("Jane", "Buyer", prospect.email(), prospect.phone(),
				prospect.company(), prospect.website(), "1 Main St", "Halifax", "NS", "B3H 1A1", "CA", ConsentType.EXPRESS,
				null, null, "asked on the phone", LocalDate.now(clock), "Ned North")));
	}

	public Opportunity opportunity(String username, ContactId contact, String product) {
		UUID partner = accounts.partnerOf(username).value();
		UUID rep = accounts.idOf(username);
		return new Opportunity(contact.value(), product, new BigDecimal("1250.00"), "CAD", LocalDate.now(clock).plusDays(90),
				Stage.QUALIFIED, "Wants to replace spreadsheets", Assignment.PARTNER_WORKING, partner, rep, "LIGHTHOUSE_PARTNER",
				partner, rep);
	}

	/** Registered for CubeDMS and approved by the channel manager. */
	public Registrations.Submission approved(String username, Prospect prospect) {
		var submission = register(username, prospect, "cube");
		accounts.as("channel", () -> {
			registrations.approve(submission.id());
		});
		return submission;
	}

	/** Registered for CubeDMS with the prospect assigned to the vendor ("Sales Partner Assigns to ..."). */
	public Registrations.Submission registerForVendor(String username, Prospect prospect) {
		ContactId contact = contact(username, prospect);
		Opportunity working = opportunity(username, contact, "cube");
		Opportunity forVendor = new Opportunity(working.contactId(), working.product(), working.estimatedMrr(), working.currency(),
				working.expectedCloseDate(), working.stage(), working.notes(), Assignment.ASSIGNED_TO_VENDOR, null, null,
				working.opportunitySource(), working.partnerProvidingId(), working.partnerRepProvidingId());
		return accounts.as(username, () -> registrations.submit(forVendor));
	}

	public Registrations.Submission register(String username, Prospect prospect, String product) {
		ContactId contact = contact(username, prospect);
		return accounts.as(username, () -> registrations.submit(opportunity(username, contact, product)));
	}
}
