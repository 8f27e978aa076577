package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The junction of a registration and a partner with its rep and role: one sourced, any number of others. */
@Entity
@Table(name = "registration_partner")
class RegistrationPartner {

	@Id
	private UUID id;

	@Column(name = "registration_id", insertable = false, updatable = false)
	private UUID registrationId;

	private UUID partnerId;

	private UUID repId;

	@Enumerated(EnumType.STRING)
	private AttributionRole role;

	/**
	 * Whether the vendor invited this partner onto another partner's registration, and when that registration was
	 * submitted: neither ever changes, and with them a partner's list reads its invitations from this table's own
	 * index in the list's order (registration_partner_invited_idx).
	 */
	@Column(updatable = false)
	private boolean invited;

	@Column(updatable = false)
	private Instant submittedAt;

	/**
	 * The registration's stage and expected close date, kept equal to its own by the registration as they move: the
	 * Deals room reads a partner's invitations in that order from this table's own index.
	 */
	@Enumerated(EnumType.STRING)
	private Stage stage;

	private LocalDate expectedCloseDate;

	/** Its share of the credit for its part: 1, or a co-sell split's part. */
	@Column(name = "credit_share")
	private BigDecimal share = BigDecimal.ONE;

	protected RegistrationPartner() {
	}

	RegistrationPartner(UUID partnerId, UUID repId, AttributionRole role, boolean invited, Instant submittedAt, Stage stage,
			LocalDate expectedCloseDate) {
		this.id = UUID.randomUUID();
		this.invited = invited;
		this.submittedAt = submittedAt;
		this.stage = stage;
		this.expectedCloseDate = expectedCloseDate;
		this.partnerId = partnerId;
		this.repId = repId;
		this.role = role;
	}

	/** The registration moved: its stage or its expected close date. */
	void follow(Stage newStage, LocalDate newClose) {
		stage = newStage;
		expectedCloseDate = newClose;
	}

	boolean isOf(UUID partner) {
		return partnerId.equals(partner);
	}

	void changeRole(AttributionRole newRole) {
		changeRole(newRole, BigDecimal.ONE);
	}

	void changeRole(AttributionRole newRole, BigDecimal newShare) {
		role = newRole;
		share = newShare;
	}

	RegistrationDetails.Attribution toView() {
		return new RegistrationDetails.Attribution(partnerId, repId, role, share.stripTrailingZeros());
	}
}
