package org.concord.commissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.registrations.Assignment;
import org.concord.registrations.ExpectedCommission;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.RegistrationSummary;
import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Expected commission per registration, from the rate card of the terms each registration keeps. */
@Component
class ExpectedCommissionRates implements ExpectedCommission {

	private final TermsVersionRepository terms;
	private final CommissionRateRepository rates;
	private final PartnerDirectory partners;

	ExpectedCommissionRates(TermsVersionRepository terms, CommissionRateRepository rates, PartnerDirectory partners) {
		this.terms = terms;
		this.rates = rates;
		this.partners = partners;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<RegistrationId, Money> monthly(List<RegistrationSummary> registrations) {
		List<TermsView> versions = terms.findAll().stream().map(TermsVersion::toView)
				.sorted(Comparator.comparing(TermsView::version)).toList();
		Map<Integer, List<RateView>> cards = new HashMap<>();
		Map<PartnerId, PartnerSummary> partnersSeen = new HashMap<>();
		Map<RegistrationId, Money> expected = new HashMap<>();
		for (RegistrationSummary registration : registrations) {
			if (registration.partnerId() == null) {
				continue;
			}
			LocalDate registeredOn = LocalDate.ofInstant(registration.submittedAt(), ZoneOffset.UTC);
			versions.stream().filter(v -> !v.effectiveFrom().isAfter(registeredOn)).reduce((a, b) -> b).ifPresent(version -> {
				List<RateView> card = cards.computeIfAbsent(version.version(),
						v -> rates.findByTermsVersion(v).stream().map(CommissionRate::toView).toList());
				PartnerSummary partner = partnersSeen.computeIfAbsent(registration.partnerId(), id -> partners.find(id).orElse(null));
				if (partner != null) {
					CommissionKind kind = registration.assignment() == Assignment.ASSIGNED_TO_VENDOR ? CommissionKind.REFERRAL
							: CommissionKind.REGISTRATION;
					BigDecimal rate = RateCard.rate(card, kind, partner);
					expected.put(registration.id(), registration.estimatedMrr().times(rate));
				}
			});
		}
		return expected;
	}
}
