package org.concord.registrations;

import org.concord.shared.matching.MatchKeys;
import org.concord.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An opportunity the vendor's own sales team works, which a partner's registration may collide with. */
@Entity
@Table(name = "direct_opportunity")
class DirectOpportunity {

	@Id
	private UUID id;

	private String companyName;

	private String website;

	private String email;

	private String phone;

	private String product;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private UUID ownerId;

	private Instant createdAt;

	/** When it first reached stage 2 or later: the channel-conflict rules compare this with registrations. */
	private Instant advancedAt;

	protected DirectOpportunity() {
	}

	DirectOpportunity(NewDirectOpportunity details, UUID ownerId, Instant now) {
		this.id = UUID.randomUUID();
		this.companyName = details.companyName().trim();
		this.website = details.website();
		this.email = details.email();
		this.phone = details.phone();
		this.product = details.product();
		this.ownerId = ownerId;
		if (details.createdOn() != null && details.createdOn().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
			throw new InvalidInputException("createdOn", "Enter the day it was created in the CRM, not a day to come.");
		}
		this.createdAt = details.createdOn() == null ? now : details.createdOn().atStartOfDay(ZoneOffset.UTC).toInstant();
		moveTo(details.stage(), createdAt);
	}

	/** A new stage, reached at {@code at} (the CRM's date when it moved there first). */
	void moveTo(Stage next, Instant at) {
		if (next == null) {
			throw new InvalidInputException("stage", "Choose the stage.");
		}
		stage = next;
		if (advancedAt == null && next.number() >= 2) {
			advancedAt = at;
		}
	}

	List<MatchKeys.Key> keys() {
		return MatchKeys.of(companyName, website, email, phone);
	}

	UUID id() {
		return id;
	}

	UUID ownerId() {
		return ownerId;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant advancedAt() {
		return advancedAt;
	}

	String product() {
		return product;
	}

	DirectOpportunityView toView() {
		return new DirectOpportunityView(id, companyName, website, email, phone, product, stage, ownerId, createdAt, advancedAt);
	}
}
