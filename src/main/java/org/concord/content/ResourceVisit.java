package org.concord.content;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** When a person last opened the Resources room, and the visit before: what is new since is what changed after it. */
@Entity
@Table(name = "resource_visit")
class ResourceVisit {

	@Id
	private UUID personId;

	private Instant previousVisit;

	private Instant lastVisit;

	protected ResourceVisit() {
	}

	ResourceVisit(UUID personId, Instant now) {
		this.personId = personId;
		this.lastVisit = now;
	}

	void visit(Instant now) {
		this.previousVisit = lastVisit;
		this.lastVisit = now;
	}

	Instant previousVisit() {
		return previousVisit;
	}
}
