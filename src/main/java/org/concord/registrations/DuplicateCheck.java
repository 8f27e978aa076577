package org.concord.registrations;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.concord.customers.ContactView;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The duplicate check: exact matches on the normalized name, domain, e-mail or phone of a protected
 * registration of the same product make the new one a duplicate; a close fuzzy name match keeps it out of
 * auto-approval and flags it for the reviewer. Runs inside the caller's transaction.
 */
@Component
class DuplicateCheck {

	private final RegistrationRepository registrations;
	private final RegistrationClaimRepository claims;
	private final ProgramSettingsRepository settings;
	private final ChannelConflicts conflicts;
	private final WaitingEntryRepository waiting;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DuplicateCheck(RegistrationRepository registrations, RegistrationClaimRepository claims,
			ProgramSettingsRepository settings, ChannelConflicts conflicts, WaitingEntryRepository waiting,
			org.springframework.context.ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
		this.waiting = waiting;
		this.events = events;
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.claims = claims;
		this.settings = settings;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	Registrations.Submission register(PartnerId partner, UserId submitter, ContactView contact, Opportunity form) {
		List<MatchKeys.Key> keys = MatchKeys.of(contact.companyName(), contact.website(), contact.email(), contact.phone());
		var now = clock.instant();
		java.util.Optional<UUID> holder = holderOf(form.product(), keys);
		if (holder.isPresent()) {
			Registration duplicate = registrations.save(Registration.duplicate(partner, submitter, contact.companyName(), form, now));
			registrations.findById(holder.get()).filter(held -> !held.isRegisteredBy(partner)).ifPresent(held -> waiting.save(
					new WaitingEntry(held.registrationId().value(), duplicate.registrationId().value(), partner.value(), now)));
			return new Registrations.Submission(duplicate.registrationId(), duplicate.status(), true);
		}
		List<DirectOpportunity> colliding = conflicts.collidingWith(form.product(), keys);
		ProgramSettings program = settings.current();
		Registration registration = Registration.submitted(partner, submitter, contact.companyName(), form,
				program.approvalSla(), now);
		boolean resembles = resemblesAnother(form.product(), keys);
		if (resembles) {
			registration.flagForReview("The company name closely resembles a registered one.");
		}
		else if (program.autoApprove()) {
			registration.approve(null, program.protection(), now);
		}
		registrations.saveAndFlush(registration);
		claims.saveAllAndFlush(keys.stream()
				.map(key -> new RegistrationClaim(form.product(), key, registration.registrationId().value())).toList());
		conflicts.recordConflicts(registration, colliding);
		return new Registrations.Submission(registration.registrationId(), registration.status(), false);
	}

	/**
	 * Opens the opportunity of a vendor lead. The vendor routed it, so it is never refused; if a partner
	 * registered the same company meanwhile, it holds no keys and the reviewer is told.
	 */
	RegistrationId openFromLead(LeadHandover lead, ContactView contact) {
		List<MatchKeys.Key> keys = MatchKeys.of(contact.companyName(), contact.website(), contact.email(), contact.phone());
		var now = clock.instant();
		Registration registration = Registration.fromLead(lead, contact.companyName(), settings.current().protection(),
				java.time.LocalDate.now(clock), now);
		boolean taken = isClaimed(lead.product(), keys);
		if (taken) {
			registration.flagForReview("This lead's company is also registered by a partner: decide who works it.");
		}
		registrations.saveAndFlush(registration);
		if (!taken) {
			claims.saveAllAndFlush(keys.stream()
					.map(key -> new RegistrationClaim(lead.product(), key, registration.registrationId().value())).toList());
		}
		return registration.registrationId();
	}

	/** Whether any of these keys is held by a protected registration of the product. */
	boolean isProtected(String product, String companyName, String website, String email, String phone) {
		return isClaimed(product, MatchKeys.of(companyName, website, email, phone));
	}

	/**
	 * A registration that stopped protecting its opportunity lets go of its keys, and the first partner in line for it
	 * is told it may register now.
	 */
	void release(Registration registration) {
		claims.release(registration.registrationId().value());
		waiting.findFirstByClaimRegistrationIdAndToldAtIsNullAndRegisteredAgainAtIsNullOrderByQueuedAt(
				registration.registrationId().value()).ifPresent(first -> {
					first.told(clock.instant());
					registrations.findById(first.waitingRegistrationId()).ifPresent(waiter -> events.publishEvent(
							new MayRegisterAgain(waiter.registrationId(), waiter.partner(), waiter.submitter())));
				});
	}

	/** An exact match: one statement for all keys (the unique index leads with product and value). */
	boolean isClaimed(String product, List<MatchKeys.Key> keys) {
		return holderOf(product, keys).isPresent();
	}

	/** The registration holding one of these keys for the product, if one does. */
	java.util.Optional<UUID> holderOf(String product, List<MatchKeys.Key> keys) {
		List<String> values = keys.stream().map(MatchKeys.Key::value).distinct().toList();
		if (values.isEmpty()) {
			return java.util.Optional.empty();
		}
		return claims.holders(product, values).stream()
				.filter(row -> keys.contains(new MatchKeys.Key((MatchKeys.Kind) row[1], (String) row[2])))
				.map(row -> (UUID) row[0]).findFirst();
	}

	/**
	 * The protected names a close match could be: same product, same first three characters, and a length no
	 * Jaro-Winkler similarity at or above the threshold could fall outside (the shorter name is at least
	 * {@link MatchKeys#MIN_LENGTH_RATIO} of the longer).
	 */
	List<String> lookalikeCandidates(String product, String name) {
		int shortest = (int) Math.ceil(name.length() * MatchKeys.MIN_LENGTH_RATIO);
		int longest = (int) Math.floor(name.length() / MatchKeys.MIN_LENGTH_RATIO);
		// thousands of short strings: read straight from JDBC, which costs a fraction of mapping them through JPA
		return jdbc.queryForList("""
				select key_value from registration_claim where product = ? and key_kind = 'NAME' and bucket = ?
				and length(key_value) between ? and ?""", String.class, product, MatchKeys.bucket(name), shortest, longest);
	}

	static boolean resemblesAny(String name, List<String> candidates) {
		return candidates.stream().anyMatch(MatchKeys.resembling(name));
	}

	private boolean resemblesAnother(String product, List<MatchKeys.Key> keys) {
		return keys.stream().filter(k -> k.kind() == MatchKeys.Kind.NAME).findFirst()
				.map(name -> resemblesAny(name.value(), lookalikeCandidates(product, name.value()))).orElse(false);
	}
}
