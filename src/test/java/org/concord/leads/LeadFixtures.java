package org.concord.leads;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.concord.customers.ConsentType;
import org.concord.customers.NewContact;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTier;
import org.concord.partners.RoutingProfile;
import org.concord.registrations.RegistrationFixtures.Prospect;
import org.springframework.stereotype.Component;

/**
 * Leads and partners made through the services. Each test takes a territory of its own (a made-up region
 * code), so routing in the shared database only ever sees that test's partners.
 */
@Component
public class LeadFixtures {

	private final TestAccounts accounts;
	private final PartnerDirectory partners;
	private final Leads leads;
	private final Clock clock;

	LeadFixtures(TestAccounts accounts, PartnerDirectory partners, Leads leads, Clock clock) {
		this.accounts = accounts;
		this.partners = partners;
		this.leads = leads;
		this.clock = clock;
	}

	public static String territory() {
		return "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	/** A Sales Partner of the tier in the region, selling Lighthouse, with room for {@code capacity} open leads. */
	public FreshPartner partner(String region, PartnerTier tier, int capacity) {
		FreshPartner partner = accounts.freshPartner("SALES_PARTNER", tier, region);
		partners.setUpRouting(partner.id(), new RoutingProfile(Set.of(), null, null, Set.of("lighthouse"),
				Set.of("healthcare"), Set.of(), capacity, true));
		return partner;
	}

	public NewLead lead(String region) {
		return lead(region, "Lead Co " + UUID.randomUUID().toString().substring(0, 8) + " Ltd");
	}

	public NewLead lead(String region, String company) {
		String domain = company.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example";
		return new NewLead(new NewContact("Lena", "Lead", "lena@" + domain, Prospect.freshPhone(), company,
				"www." + domain, "5 Spring Garden Rd", "Halifax", region, null, "CA", ConsentType.EXPRESS, null, null,
				"Web form: asked to be contacted", LocalDate.now(clock), "Casey Channel"), null, null, "lighthouse", "healthcare",
				null, new BigDecimal("2400.00"), "CAD", "Asked for a demo; 12 clinics");
	}

	/** Entered by the channel manager and routed. */
	public LeadId create(NewLead lead) {
		return accounts.as("channel", () -> leads.create(lead));
	}

	public LeadDetails get(LeadId id) {
		return accounts.as("channel", () -> leads.get(id));
	}
}
