package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A subscription contract from a won opportunity: the subscriber, product, currency, start and term, the MRR over
 * time (upgrades, downgrades, cancellation from their effective dates), the partners credited, and the program
 * terms it keeps: those in force when the opportunity was registered.
 */
@Entity
@Table(name = "subscription_contract")
class Contract extends AbstractAggregateRoot<Contract> {

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID registrationId;

	private String subscriber;

	private String product;

	private String currency;

	private LocalDate startDate;

	private int termMonths;

	private int termsVersion;

	private int billingMonths = 1;

	private LocalDate cancelledFrom;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "contract_id", nullable = false, updatable = false)
	private List<ContractPartner> partners = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "contract_id", nullable = false, updatable = false)
	private List<MrrChange> mrr = new ArrayList<>();

	protected Contract() {
	}

	Contract(UUID registrationId, String subscriber, String product, Money mrr, LocalDate startDate, int termMonths,
			int billingMonths, int termsVersion, List<ContractPartner> credited, Instant now) {
		if (billingMonths != 1 && billingMonths != 3 && billingMonths != 12) {
			throw new InvalidInputException("billingMonths", "Invoice every month, every 3 months or every 12 months.");
		}
		this.billingMonths = billingMonths;
		if (startDate == null) {
			throw new InvalidInputException("startDate", "Enter the date the subscription starts.");
		}
		if (termMonths < 1 || termMonths > 120) {
			throw new InvalidInputException("termMonths", "Enter a term of 1 to 120 months.");
		}
		this.id = UUID.randomUUID();
		this.registrationId = registrationId;
		this.subscriber = subscriber;
		this.product = product;
		this.currency = mrr.currency().getCurrencyCode();
		this.startDate = startDate;
		this.termMonths = termMonths;
		this.termsVersion = termsVersion;
		this.createdAt = now;
		this.partners.addAll(credited);
		this.mrr.add(new MrrChange(startDate, requirePositive(mrr).amount(), "Contract start", now));
	}

	/** The MRR in force on a day: nothing before the start or from the cancellation on. */
	Money mrrOn(LocalDate day) {
		if (day.isBefore(startDate) || (cancelledFrom != null && !day.isBefore(cancelledFrom))) {
			return Money.zero(currency);
		}
		return mrr.stream().filter(m -> !m.effectiveFrom().isAfter(day))
				.max(Comparator.comparing(MrrChange::effectiveFrom).thenComparing(MrrChange::recordedAt))
				.map(m -> Money.of(m.mrr(), currency)).orElse(Money.zero(currency));
	}

	/** An upgrade or a downgrade: the new MRR applies to what is invoiced from its effective date on. */
	void changeMrr(LocalDate from, Money newMrr, Instant now) {
		requireActiveOn(from);
		Money before = mrrOn(from);
		requirePositive(newMrr);
		mrr.add(new MrrChange(from, newMrr.amount(), newMrr.compareTo(before) >= 0 ? "Upgrade" : "Downgrade", now));
	}

	/** Cancelled from a day: nothing is invoiced from then on; the MRR history shows it, and the cancellation is raised. */
	void cancel(LocalDate from, UUID by, Instant now) {
		requireActiveOn(from);
		cancelledFrom = from;
		mrr.add(new MrrChange(from, BigDecimal.ZERO, "Cancellation", now));
		registerEvent(new ContractCancelled(contractId(), registrationId, from, by));
	}

	boolean credits(PartnerId partner) {
		return partners.stream().anyMatch(p -> p.partnerId().equals(partner.value()));
	}

	List<ContractPartner> credited() {
		return Collections.unmodifiableList(partners);
	}

	ContractId contractId() {
		return new ContractId(id);
	}

	int termsVersion() {
		return termsVersion;
	}

	String currency() {
		return currency;
	}

	LocalDate startDate() {
		return startDate;
	}

	String subscriber() {
		return subscriber;
	}

	int billingMonths() {
		return billingMonths;
	}

	ContractView toView(LocalDate today) {
		return new ContractView(contractId(), registrationId, subscriber, product, currency, startDate, termMonths, billingMonths,
				startDate.plusMonths(termMonths).minusDays(1), cancelledFrom, mrrOn(today), termsVersion,
				partners.stream().map(ContractPartner::toView).toList(),
				mrr.stream().sorted(Comparator.comparing(MrrChange::effectiveFrom)).map(m -> m.toView(currency)).toList());
	}

	private void requireActiveOn(LocalDate from) {
		if (from == null || from.isBefore(startDate)) {
			throw new InvalidInputException("effectiveFrom", "Choose a date on or after the contract's start, " + startDate + ".");
		}
		if (cancelledFrom != null && !from.isBefore(cancelledFrom)) {
			throw new InvalidInputException("effectiveFrom", "The contract is cancelled from " + cancelledFrom + ".");
		}
	}

	private static Money requirePositive(Money mrr) {
		if (!mrr.isPositive()) {
			throw new InvalidInputException("mrr", "The MRR must be more than zero; cancel the contract to end it.");
		}
		return mrr;
	}
}
