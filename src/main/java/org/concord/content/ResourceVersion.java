package org.concord.content;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a library item: a stored file (under a server-side name) or a link; written once. */
@Entity
@Table(name = "resource_version")
class ResourceVersion {

	@Id
	private UUID id;

	private UUID itemId;

	private int number;

	private String fileKey;

	private String fileName;

	private String contentType;

	private Long sizeBytes;

	private String link;

	private String note;

	private UUID uploadedBy;

	private Instant uploadedAt;

	protected ResourceVersion() {
	}

	private ResourceVersion(UUID itemId, int number, String note, UUID uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.number = number;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	static ResourceVersion file(UUID itemId, int number, String fileKey, String fileName, String contentType, long size,
			String note, UUID uploadedBy, Instant now) {
		ResourceVersion version = new ResourceVersion(itemId, number, note, uploadedBy, now);
		version.fileKey = fileKey;
		version.fileName = fileName;
		version.contentType = contentType;
		version.sizeBytes = size;
		return version;
	}

	static ResourceVersion link(UUID itemId, int number, String link, String note, UUID uploadedBy, Instant now) {
		ResourceVersion version = new ResourceVersion(itemId, number, note, uploadedBy, now);
		version.link = link;
		return version;
	}

	UUID itemId() {
		return itemId;
	}

	String fileKey() {
		return fileKey;
	}

	String fileName() {
		return fileName;
	}

	String contentType() {
		return contentType;
	}

	Long sizeBytes() {
		return sizeBytes;
	}

	String link() {
		return link;
	}

	int number() {
		return number;
	}

	ResourceVersionView toView() {
		return new ResourceVersionView(number, fileName, contentType, sizeBytes, link, note, uploadedAt);
	}
}
