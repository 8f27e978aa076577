package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.concord.shared.PartnerId;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules ask of registrations: a registration's details (a won one becomes a contract), the open pipeline
 * (expected commission), the revenue partners won (tier scores), opening an opportunity from a vendor lead and whether a company is registered (leads), and the
 * program's currencies. The rest of the module's services are for its own pages and API.
 */
@NamedInterface("deals")
public interface RegisteredOpportunities {

	/** One registration as the caller may see it (see {@link Registrations#get}). */
	RegistrationDetails get(RegistrationId id);

	/** Approved and active opportunities by stage, in the caller's scope. */
	List<PipelineStage> openPipeline();

	/** A partner's rep started working a vendor lead: the opportunity opens approved and active. */
	RegistrationId openFromLead(LeadHandover lead);

	/** Whether a protected registration holds this company (by name, domain, e-mail or phone) for the product. */
	boolean isRegistered(String product, String companyName, String website, String email, String phone);

	/** The currencies partners register in and the vendor enters leads in (ISO 4217). */
	List<String> currencies();

	/** Each partner's deals won in the period, at a year of their MRR, counting only deals in this currency. */
	Map<PartnerId, BigDecimal> wonAnnualRevenue(Instant from, Instant to, String currency);

	/** How many deals each partner has won (badges). */
	Map<PartnerId, Long> dealsWon();

	/** Each partner's open pipeline (approved and active) at a year of its MRR, in one currency (the scorecard). */
	Map<PartnerId, BigDecimal> openPipeline(String currency);

	/** The caller's open deals (its own company's; every partner's for vendor staff) by month of expected close. */
	List<PipelineMonth> forecast();

	/** How many registrations the caller's company (with the companies it reads) submitted since a moment (the Overview). */
	long submittedSince(Instant from);

	/** How many channel conflicts each partner's registrations met in the period (the scorecard). */
	Map<PartnerId, Long> conflictsBetween(Instant from, Instant to);
}
