package org.concord.registrations;

import org.concord.shared.matching.CompanyNames;
import org.concord.shared.matching.MatchKeys;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.concord.customers.ContactView;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The duplicate check: exact matches on the normalized name, registrable domain, e-mail or phone of a protected
 * registration of the same product make the new one a duplicate; a name that resembles a protected one
 * ({@link CompanyNames#resemble}), among the candidates its blocking keys find, keeps it out of auto-approval and
 * flags it for the reviewer. Runs inside the caller's transaction.
 */
@Component
class DuplicateCheck {

	private final RegistrationRepository registrations;
	private final RegistrationClaimRepository claims;
	private final ProgramSettingsRepository settings;
	private final ChannelConflicts conflicts;
	private final WaitingEntryRepository waiting;
	private final ApplicationEventPublisher events;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DuplicateCheck(RegistrationRepository registrations, RegistrationClaimRepository claims,
			ProgramSettingsRepository settings, ChannelConflicts conflicts, WaitingEntryRepository waiting,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
		this.waiting = waiting;
		this.events = events;
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.claims = claims;
		this.settings = settings;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	Registrations.Submission registerOrRefuse(PartnerId partner, UserId submitter, ContactView contact, Opportunity form) {
		List<MatchKeys.Key> keys = MatchKeys.of(contact.companyName(), contact.website(), contact.email(), contact.phone());
		var now = clock.instant();
		Optional<UUID> holder = holderOf(form.product(), keys);
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
		List<String> words = CompanyNames.words(contact.companyName());
		boolean resembles = resemblesAnother(form.product(), words, contact.email());
		if (resembles) {
			registration.flagForReview("The company name closely resembles a registered one.");
		}
		else if (program.autoApprove()) {
			registration.approveAutomatically(program.protection(), now);
		}
		registrations.saveAndFlush(registration);
		claim(form.product(), keys, words, contact.email(), registration);
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
				LocalDate.now(clock), now);
		boolean taken = isClaimed(lead.product(), keys);
		if (taken) {
			registration.flagForReview("This lead's company is also registered by a partner: decide who works it.");
		}
		registrations.saveAndFlush(registration);
		if (!taken) {
			claim(lead.product(), keys, CompanyNames.words(contact.companyName()), contact.email(), registration);
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
		jdbc.update("delete from registration_name_key where registration_id = ?", registration.registrationId().value());
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
	Optional<UUID> holderOf(String product, List<MatchKeys.Key> keys) {
		List<String> values = keys.stream().map(MatchKeys.Key::value).distinct().toList();
		if (values.isEmpty()) {
			return Optional.empty();
		}
		// every submission asks this first: plain JDBC, one statement, no query for Hibernate to translate
		return jdbc.query("select registration_id, key_kind, key_value from registration_claim where product = ? and key_value in ("
				+ marks(values.size()) + ")", (row, n) -> new Object[] { row.getObject(1, UUID.class), MatchKeys.Kind.valueOf(
						row.getString(2)), row.getString(3) }, arguments(product, values)).stream()
				.filter(row -> keys.contains(new MatchKeys.Key((MatchKeys.Kind) row[1], (String) row[2])))
				.map(row -> (UUID) row[0]).findFirst();
	}

	/**
	 * The registration holds its keys: the exact ones (the unique index settles a race, first come first served), and
	 * the lookalike keys later names look for it under (its name's blocking keys, a shared mailbox).
	 */
	private void claim(String product, List<MatchKeys.Key> keys, List<String> words, String email, Registration registration) {
		UUID id = registration.registrationId().value();
		claims.saveAllAndFlush(keys.stream().map(key -> new RegistrationClaim(product, key, id)).toList());
		String name = String.join(" ", words);
		List<Object[]> rows = lookalikeKeys(CompanyNames.storedKeys(words), email).stream()
				.map(key -> new Object[] { product, key, name, id }).toList();
		jdbc.batchUpdate("insert into registration_name_key (product, key_value, name, registration_id) values (?, ?, ?, ?)", rows);
	}

	static Set<String> lookalikeKeys(Set<String> nameKeys, String email) {
		Set<String> keys = new LinkedHashSet<>(nameKeys);
		MatchKeys.sharedMailbox(email).ifPresent(keys::add);
		return keys;
	}

	/** A protected registration of the product found under one of a new one's lookalike keys: the key, and its name. */
	record Candidate(String key, String name) {

		boolean byMailbox() {
			return key.startsWith("e:");
		}
	}

	/** The protected names of the product a new one could resemble: those sharing one of its lookalike keys. */
	List<Candidate> candidates(String product, List<String> words, String email) {
		List<String> keys = List.copyOf(lookalikeKeys(CompanyNames.lookupKeys(words), email));
		if (keys.isEmpty()) {
			return List.of();
		}
		// hundreds of short strings: read straight from JDBC, which costs a fraction of mapping them through JPA
		return jdbc.query("select key_value, name from registration_name_key where product = ? and key_value in ("
				+ marks(keys.size()) + ")", (row, n) -> new Candidate(row.getString(1), row.getString(2)), arguments(product, keys));
	}

	/** "?, ?, ?" for an IN list of this many values. */
	static String marks(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/** The product, then the values: the arguments of a lookup by product and a list of values. */
	static Object[] arguments(String product, List<String> values) {
		Object[] arguments = new Object[values.size() + 1];
		arguments[0] = product;
		for (int i = 0; i < values.size(); i++) {
			arguments[i + 1] = values.get(i);
		}
		return arguments;
	}

	/** Whether a candidate shares the new name's mailbox or resembles it: each name compared once. */
	static boolean resemblesAny(List<String> words, List<Candidate> candidates) {
		if (candidates.stream().anyMatch(Candidate::byMailbox)) {
			return true;
		}
		CompanyNames.Compared name = new CompanyNames.Compared(words);
		return candidates.stream().map(Candidate::name).distinct()
				.anyMatch(candidate -> name.resembles(new CompanyNames.Compared(List.of(candidate.split(" ")))));
	}

	private boolean resemblesAnother(String product, List<String> words, String email) {
		return resemblesAny(words, candidates(product, words, email));
	}
}
