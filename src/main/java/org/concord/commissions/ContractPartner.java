package org.concord.commissions;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner credited on a contract, with its rep, its part in the sale and the commission that earns. */
@Entity
@Table(name = "contract_partner")
class ContractPartner {

	@Id
	private UUID id;

	/** Read-only: the contract writes it through its collection; mapped for queries by partner. */
	@Column(name = "contract_id", insertable = false, updatable = false)
	private UUID contractId;

	private UUID partnerId;

	private UUID repId;

	private String role;

	@Enumerated(EnumType.STRING)
	private CommissionKind kind;

	/** Its share of the credit (a co-sell split's part, else 1): the commission and attributed revenue it earns. */
	@Column(name = "credit_share")
	private BigDecimal share;

	protected ContractPartner() {
	}

	ContractPartner(UUID partnerId, UUID repId, String role, CommissionKind kind) {
		this(partnerId, repId, role, kind, BigDecimal.ONE);
	}

	ContractPartner(UUID partnerId, UUID repId, String role, CommissionKind kind, BigDecimal share) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.repId = repId;
		this.role = role;
		this.kind = kind;
		this.share = share == null ? BigDecimal.ONE : share;
	}

	BigDecimal share() {
		return share;
	}

	UUID partnerId() {
		return partnerId;
	}

	UUID repId() {
		return repId;
	}

	CommissionKind kind() {
		return kind;
	}

	ContractView.Credit toView() {
		return new ContractView.Credit(partnerId, repId, role, kind, share.stripTrailingZeros());
	}
}
