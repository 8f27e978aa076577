package org.concord.registrations;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who works the opportunity: the registering partner (and which of its reps), or the vendor's sales team (and, once
 * the channel team assigns one, which sales rep).
 */
@Embeddable
class WorkAssignment {

	@Enumerated(EnumType.STRING)
	@Column(name = "assignment")
	private Assignment mode;

	private UUID assignedPartnerId;

	private UUID assignedRepId;

	private UUID vendorRepId;

	protected WorkAssignment() {
	}

	WorkAssignment(Assignment mode, UUID partner, UUID rep) {
		this.mode = mode;
		if (mode == Assignment.PARTNER_WORKING) {
			this.assignedPartnerId = partner;
			this.assignedRepId = rep;
		}
	}

	/** The vendor's sales team works it from now on. */
	void toVendor() {
		mode = Assignment.ASSIGNED_TO_VENDOR;
		assignedPartnerId = null;
		assignedRepId = null;
	}

	void toVendorRep(UUID rep) {
		vendorRepId = rep;
	}

	boolean isPartnerWorking() {
		return mode == Assignment.PARTNER_WORKING;
	}

	boolean isWorkedByVendorRep(UUID rep) {
		return vendorRepId != null && vendorRepId.equals(rep);
	}

	Assignment mode() {
		return mode;
	}

	UUID partnerId() {
		return assignedPartnerId;
	}

	UUID repId() {
		return assignedRepId;
	}

	UUID vendorRepId() {
		return vendorRepId;
	}
}
