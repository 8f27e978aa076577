package org.concord.partners;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a partner company's type or tier: from what, to what, why, by whom and when. */
@Entity
@Table(name = "partner_change")
class PartnerChange {

	/** What changed. */
	enum Field {
		TYPE, TIER
	}

	@Id
	private UUID id;

	@Column(name = "partner_id", insertable = false, updatable = false)
	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private Field field;

	private String fromValue;

	private String toValue;

	private String reason;

	private UUID changedBy;

	private Instant changedAt;

	protected PartnerChange() {
	}

	PartnerChange(Field field, String fromValue, String toValue, String reason, UUID changedBy, Instant changedAt) {
		this.id = UUID.randomUUID();
		this.field = field;
		this.fromValue = fromValue;
		this.toValue = toValue;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	Instant changedAt() {
		return changedAt;
	}

	/** As shown: type codes by their names, tiers by their labels. */
	PartnerChangeView toView(Function<String, String> typeName) {
		Function<String, String> shown = field == Field.TYPE ? typeName
				: value -> PartnerTier.valueOf(value).label();
		return new PartnerChangeView(field.name().toLowerCase(Locale.ROOT),
				fromValue == null ? null : shown.apply(fromValue), shown.apply(toValue), reason, changedBy, changedAt);
	}
}
