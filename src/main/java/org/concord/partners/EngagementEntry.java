package org.concord.partners;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;

/** One thing a partner person did that counts as engagement; written once, never changed. */
@Entity
@Table(name = "engagement_entry")
class EngagementEntry {

	@Id
	private UUID id;

	private UUID personId;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private EngagementKind kind;

	private String subject;

	private Instant at;

	protected EngagementEntry() {
	}

	EngagementEntry(EngagementRecorded recorded) {
		this.id = UUID.randomUUID();
		this.personId = recorded.person().value();
		this.partnerId = recorded.partner().value();
		this.kind = recorded.kind();
		String what = recorded.subject() == null ? null : recorded.subject().strip();
		this.subject = what == null || what.length() <= 200 ? what : what.substring(0, 200);
		this.at = recorded.at();
	}

	EngagementView toView() {
		return new EngagementView(kind, kind.label(), subject, at);
	}
}
