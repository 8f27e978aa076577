package org.concord.commissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotAllowedException;

/**
 * The commission to pay out: every unpaid ledger line up to a date, for each partner whose balance is owed to it.
 * A vendor admin other than the one who prepared it approves the lines to pay (the others go back to wait; a
 * one-person vendor may turn these four eyes off), then the batch is marked paid with the payment's reference;
 * from then on its lines are frozen.
 */
@Entity
@Table(name = "payout_batch")
class PayoutBatch {

	@Id
	private UUID id;

	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	private PayoutStatus status;

	private LocalDate upTo;

	private UUID preparedBy;

	private Instant preparedAt;

	private UUID approvedBy;

	private Instant approvedAt;

	private LocalDate paidOn;

	private String reference;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "batch_id", nullable = false, updatable = false)
	private List<PayoutLine> lines = new ArrayList<>();

	protected PayoutBatch() {
	}

	PayoutBatch(LocalDate upTo, List<PayoutLine> unpaid, UUID by, Instant now) {
		if (upTo == null) {
			throw new InvalidInputException("upTo", "Choose the last booking date to pay.");
		}
		this.id = UUID.randomUUID();
		this.status = PayoutStatus.PREPARED;
		this.upTo = upTo;
		this.preparedBy = by;
		this.preparedAt = now;
		// only what is owed: a partner whose lines net to nothing or less waits for the next batch
		Map<String, List<PayoutLine>> byPartner = new TreeMap<>();
		unpaid.forEach(l -> byPartner.computeIfAbsent(l.partnerId() + "/" + l.currency(), k -> new ArrayList<>()).add(l));
		byPartner.values().stream().filter(ls -> total(ls).isPositive()).forEach(lines::addAll);
		if (lines.isEmpty()) {
			throw new InvalidInputException("upTo", "Nothing is owed to any partner up to " + upTo + ".");
		}
	}

	/**
	 * Keeps the ledger lines the vendor admin approved; the others go back to wait for a later batch. What each
	 * partner is paid must still be owed to it: approved lines that add up to nothing or less are refused.
	 */
	void approve(Set<UUID> entries, UUID by, boolean fourEyes, Instant now, Map<UUID, String> partnerNames) {
		requireStatus(PayoutStatus.PREPARED);
		if (fourEyes && by.equals(preparedBy)) {
			throw new NotAllowedException("You prepared this payout: another vendor admin approves it (four eyes).");
		}
		if (entries == null || entries.isEmpty()) {
			throw new InvalidInputException("lines", "Approve at least one line to pay.");
		}
		List<PayoutLine> approved = lines.stream().filter(l -> entries.contains(l.entryId())).toList();
		if (approved.isEmpty()) {
			throw new InvalidInputException("lines", "None of these lines is in this batch.");
		}
		Map<String, List<PayoutLine>> byPartner = new TreeMap<>();
		approved.forEach(l -> byPartner.computeIfAbsent(l.partnerId() + "/" + l.currency(), k -> new ArrayList<>()).add(l));
		byPartner.values().stream().filter(ls -> !total(ls).isPositive()).findFirst().ifPresent(ls -> {
			throw new InvalidInputException("lines", "The lines approved for " + partnerNames.getOrDefault(ls.getFirst().partnerId(), "a partner")
					+ " add up to " + total(ls) + ": approve lines that leave it something owed.");
		});
		lines.retainAll(approved);
		status = PayoutStatus.APPROVED;
		approvedBy = by;
		approvedAt = now;
	}

	void markPaid(String reference, LocalDate paidOn, LocalDate today) {
		requireStatus(PayoutStatus.APPROVED);
		if (reference == null || reference.isBlank() || reference.length() > 100) {
			throw new InvalidInputException("reference", "Give the payment's reference (e.g. the transfer number).");
		}
		if (paidOn == null || paidOn.isAfter(today)) {
			throw new InvalidInputException("paidOn", "Enter the day it was paid, not in the future.");
		}
		this.reference = reference.trim();
		this.paidOn = paidOn;
		this.status = PayoutStatus.PAID;
	}

	PayoutView toView(Map<UUID, String> partnerNames) {
		Map<String, PayoutView.PartnerPayout> byPartner = new TreeMap<>();
		for (PayoutLine line : lines) {
			String key = partnerNames.getOrDefault(line.partnerId(), "?") + "/" + line.partnerId() + "/" + line.currency();
			byPartner.merge(key, new PayoutView.PartnerPayout(line.partnerId(), partnerNames.getOrDefault(line.partnerId(), "?"),
					line.amount(), 1), (a, b) -> new PayoutView.PartnerPayout(a.partnerId(), a.partnerName(),
							a.amount().plus(b.amount()), a.lines() + b.lines()));
		}
		return new PayoutView(id, status, upTo, preparedBy, preparedAt, approvedBy, approvedAt, paidOn, reference,
				byPartner.values().stream().sorted(Comparator.comparing(PayoutView.PartnerPayout::partnerName)).toList(),
				lines.stream().map(l -> new PayoutView.Line(l.entryId(), l.partnerId(), partnerNames.getOrDefault(l.partnerId(), "?"),
						l.amount())).sorted(Comparator.comparing(PayoutView.Line::partnerName)).toList());
	}

	UUID id() {
		return id;
	}

	List<PayoutLine> lines() {
		return Collections.unmodifiableList(lines);
	}

	private void requireStatus(PayoutStatus expected) {
		if (status != expected) {
			throw new InvalidInputException("status", "This payout is " + status.name().toLowerCase() + ".");
		}
	}

	private static Money total(List<PayoutLine> lines) {
		return lines.stream().map(PayoutLine::amount).reduce(Money.zero(lines.getFirst().currency()), Money::plus);
	}
}
