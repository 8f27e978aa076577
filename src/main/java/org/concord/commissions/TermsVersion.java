package org.concord.commissions;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A version of the program's commission terms, in force from a date, announced to partners beforehand. */
@Entity
@Table(name = "program_terms")
class TermsVersion {

	@Id
	private int version;

	private LocalDate effectiveFrom;

	private LocalDate announcedOn;

	private String summary;

	protected TermsVersion() {
	}

	TermsVersion(int version, LocalDate effectiveFrom, LocalDate announcedOn, String summary) {
		this.version = version;
		this.effectiveFrom = effectiveFrom;
		this.announcedOn = announcedOn;
		this.summary = summary;
	}

	int version() {
		return version;
	}

	TermsView toView() {
		return new TermsView(version, effectiveFrom, announcedOn, summary);
	}
}
