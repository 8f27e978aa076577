package org.concord.commissions;

import java.util.UUID;

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
	@jakarta.persistence.Column(name = "contract_id", insertable = false, updatable = false)
	private UUID contractId;

	private UUID partnerId;

	private UUID repId;

	private String role;

	@Enumerated(EnumType.STRING)
	private CommissionKind kind;

	protected ContractPartner() {
	}

	ContractPartner(UUID partnerId, UUID repId, String role, CommissionKind kind) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.repId = repId;
		this.role = role;
		this.kind = kind;
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
		return new ContractView.Credit(partnerId, repId, role, kind);
	}
}
