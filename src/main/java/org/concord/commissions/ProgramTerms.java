package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypes;
import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's commission terms: versions in force from a date, each with its rate card (program, partner type, tier
 * or partner; the most specific wins). The vendor changes the program with notice; what was registered before keeps
 * the terms in force then.
 */
@Service
public class ProgramTerms {

	/** Days of notice new program terms give partners before they take effect. */
	public static final int NOTICE_DAYS = 30;

	private final TermsVersionRepository terms;
	private final CommissionRateRepository rates;
	private final PartnerDirectory partners;
	private final PartnerTypes partnerTypes;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgramTerms(TermsVersionRepository terms, CommissionRateRepository rates, PartnerDirectory partners,
			PartnerTypes partnerTypes, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
		this.terms = terms;
		this.rates = rates;
		this.partners = partners;
		this.partnerTypes = partnerTypes;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TermsView> all() {
		return terms.findAll(Sort.by("version")).stream().map(TermsVersion::toView).toList();
	}

	/** A terms version's rates: all of them for vendor staff; for a partner, only the ones that apply to it. */
	@Transactional(readOnly = true)
	public List<RateView> ratesOf(int termsVersion) {
		List<RateView> all = card(termsVersion);
		return actor.scope().company().flatMap(partners::find)
				.map(partner -> all.stream().filter(rate -> RateCard.applies(rate, partner)).toList()).orElse(all);
	}

	/**
	 * New program terms with their rates, in force from a date at least {@link #NOTICE_DAYS} days ahead: the
	 * vendor may change the program, but gives notice, and what was registered before keeps the old terms.
	 */
	@Administer
	@Transactional
	public TermsView announce(LocalDate effectiveFrom, String summary, List<RateView> newRates) {
		LocalDate today = LocalDate.now(clock);
		if (effectiveFrom == null || effectiveFrom.isBefore(today.plusDays(NOTICE_DAYS))) {
			throw new InvalidInputException("effectiveFrom", "New terms take effect at least " + NOTICE_DAYS
					+ " days after they are announced, on " + today.plusDays(NOTICE_DAYS) + " or later.");
		}
		if (summary == null || summary.isBlank()) {
			throw new InvalidInputException("summary", "Say what changes, for the partners' notice.");
		}
		if (newRates == null || newRates.isEmpty() || newRates.stream().anyMatch(r -> r.kind() == null || r.scope() == null
				|| r.rate() == null || r.rate().signum() < 0 || r.rate().compareTo(BigDecimal.ONE) > 0)) {
			throw new InvalidInputException("rates", "Give each rate a kind, a scope and a rate between 0 and 1 (0.05 is 5%).");
		}
		newRates.forEach(this::requireKnownScope);
		int version = terms.findFirstByOrderByVersionDesc().map(TermsVersion::version).orElse(0) + 1;
		TermsVersion announced = terms.save(new TermsVersion(version, effectiveFrom, today, summary.trim()));
		newRates.forEach(r -> rates.save(new CommissionRate(version, r)));
		events.publishEvent(new ProgramTermsAnnounced(version, effectiveFrom, summary.trim()));
		events.publishEvent(new Audited("PROGRAM_TERMS_ANNOUNCED", "terms version " + version, "in force from " + effectiveFrom
				+ "; rates " + newRates.stream().map(r -> r.kind() + "/" + r.scope() + (r.scope() == RateScope.PROGRAM ? "" : ":"
						+ r.scopeValue()) + "=" + r.rate().toPlainString()).toList()));
		return announced.toView();
	}

	/** The version in force on a day: what an opportunity registered that day keeps. */
	int versionInForceOn(LocalDate day) {
		return terms.findFirstByEffectiveFromLessThanEqualOrderByVersionDesc(day)
				.orElseThrow(() -> new IllegalStateException("No program terms in force on " + day)).version();
	}

	/** Every rate of a version, whoever asks: for the module's own arithmetic. */
	List<RateView> card(int termsVersion) {
		return rates.findByTermsVersion(termsVersion).stream().map(CommissionRate::toView).toList();
	}

	TermsView view(int termsVersion) {
		return terms.findById(termsVersion).orElseThrow().toView();
	}

	/** A rate for a partner type, tier or partner names one that exists: a misspelt one would apply to no one. */
	private void requireKnownScope(RateView rate) {
		String value = rate.scopeValue() == null ? "" : rate.scopeValue();
		boolean known = switch (rate.scope()) {
			case PROGRAM -> true;
			case PARTNER_TYPE -> partnerTypes.find(value).isPresent();
			case TIER -> Arrays.stream(PartnerTier.values()).anyMatch(t -> t.name().equals(value));
			case PARTNER -> parseUuid(value).map(PartnerId::new).flatMap(partners::find).isPresent();
		};
		if (!known) {
			throw new InvalidInputException("rates", "No " + rate.scope().name().toLowerCase(Locale.ROOT).replace('_', ' ')
					+ " \"" + value + "\": use one of the codes the page lists.");
		}
	}

	private static Optional<UUID> parseUuid(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}
}
