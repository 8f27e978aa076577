package org.concord.registrations;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.concord.customers.ContactView;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
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
	private final Clock clock;

	DuplicateCheck(RegistrationRepository registrations, RegistrationClaimRepository claims,
			ProgramSettingsRepository settings, ChannelConflicts conflicts, Clock clock) {
		this.registrations = registrations;
		this.claims = claims;
		this.settings = settings;
		this.conflicts = conflicts;
		this.clock = clock;
	}

	Registrations.Submission register(PartnerId partner, UserId submitter, ContactView contact, Opportunity form) {
		List<MatchKeys.Key> keys = MatchKeys.of(contact.companyName(), contact.website(), contact.email(), contact.phone());
		var now = clock.instant();
		if (isClaimed(form.product(), keys)) {
			Registration duplicate = registrations.save(Registration.duplicate(partner, submitter, contact.companyName(), form, now));
			return new Registrations.Submission(duplicate.registrationId(), duplicate.status(), true);
		}
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
		conflicts.checkNewRegistration(registration, keys);
		return new Registrations.Submission(registration.registrationId(), registration.status(), false);
	}

	/** A registration that stopped protecting its opportunity lets go of its keys. */
	void release(Registration registration) {
		claims.release(registration.registrationId().value());
	}

	private boolean isClaimed(String product, List<MatchKeys.Key> keys) {
		Map<MatchKeys.Kind, List<String>> byKind = keys.stream().collect(Collectors.groupingBy(MatchKeys.Key::kind,
				Collectors.mapping(MatchKeys.Key::value, Collectors.toList())));
		return byKind.entrySet().stream().anyMatch(e -> claims.anyClaimed(product, e.getKey(), e.getValue()));
	}

	private boolean resemblesAnother(String product, List<MatchKeys.Key> keys) {
		return keys.stream().filter(k -> k.kind() == MatchKeys.Kind.NAME).findFirst()
				.map(name -> claims.keysInBucket(product, MatchKeys.Kind.NAME, MatchKeys.bucket(name.value())).stream()
						.anyMatch(other -> MatchKeys.similarity(name.value(), other) >= MatchKeys.FUZZY_THRESHOLD))
				.orElse(false);
	}
}
