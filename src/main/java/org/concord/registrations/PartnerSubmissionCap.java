package org.concord.registrations;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner's own daily cap on submissions, set by the vendor above the program's. */
@Entity
@Table(name = "partner_submission_cap")
class PartnerSubmissionCap {

	@Id
	private UUID partnerId;

	private int dailyCap;

	protected PartnerSubmissionCap() {
	}

	PartnerSubmissionCap(UUID partnerId, int dailyCap) {
		this.partnerId = partnerId;
		this.dailyCap = dailyCap;
	}

	void change(int cap) {
		this.dailyCap = cap;
	}

	UUID partnerId() {
		return partnerId;
	}

	int dailyCap() {
		return dailyCap;
	}
}
