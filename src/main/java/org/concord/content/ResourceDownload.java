package org.concord.content;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One download of a library item's version, by whom: written once. */
@Entity
@Table(name = "resource_download")
class ResourceDownload {

	@Id
	private UUID id;

	private UUID itemId;

	private int number;

	private UUID personId;

	private UUID partnerId;

	private Instant at;

	protected ResourceDownload() {
	}

	ResourceDownload(UUID itemId, int number, UUID personId, UUID partnerId, Instant at) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.number = number;
		this.personId = personId;
		this.partnerId = partnerId;
		this.at = at;
	}
}
