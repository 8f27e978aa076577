package org.concord.partners;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened to a prospect: its arrival, a stage move, an owner change, a note or an activity. */
@Entity
@Table(name = "prospect_entry")
class ProspectEntry {

	/** What kind of entry; notes and the activities a person logs, and the entries the prospect writes itself. */
	enum Kind {
		CREATED, STAGE, OWNER, CONVERTED, NOTE, CALL, MEETING, EMAIL;

		boolean isActivity() {
			return this == NOTE || this == CALL || this == MEETING || this == EMAIL;
		}
	}

	@Id
	private UUID id;

	/** Its place in the prospect's history: several entries can share an instant. */
	private int seq;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private ProspectStage fromStage;

	@Enumerated(EnumType.STRING)
	private ProspectStage toStage;

	private String text;

	private UUID byUser;

	private Instant at;

	protected ProspectEntry() {
	}

	ProspectEntry(int seq, Kind kind, ProspectStage fromStage, ProspectStage toStage, String text, UUID byUser, Instant at) {
		this.id = UUID.randomUUID();
		this.seq = seq;
		this.kind = kind;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.text = text;
		this.byUser = byUser;
		this.at = at;
	}

	Kind kind() {
		return kind;
	}

	ProspectStage toStage() {
		return toStage;
	}

	Instant at() {
		return at;
	}

	UUID byUser() {
		return byUser;
	}

	ProspectEntryView toView(String byName) {
		return new ProspectEntryView(kind.name(), fromStage, toStage, text, byName, at);
	}
}
