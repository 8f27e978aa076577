package org.concord.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.shared.InvalidInputException;

/** A certification: earned by passing every one of its courses, valid for a number of months from the day earned. */
@Entity
@Table(name = "certification")
class Certification {

	@Id
	private UUID id;

	@Version
	private long version;

	private String name;

	private int validityMonths;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "certification_course", joinColumns = @JoinColumn(name = "certification_id"))
	@Column(name = "course_id")
	private Set<UUID> courses = new HashSet<>();

	protected Certification() {
	}

	Certification(String name, int validityMonths, Set<UUID> courses, Instant now) {
		String given = name == null ? "" : name.strip();
		if (given.isEmpty() || given.length() > 150) {
			throw new InvalidInputException("name", "Name the certification, at most 150 characters.");
		}
		if (validityMonths < 1 || validityMonths > 120) {
			throw new InvalidInputException("validityMonths", "A certification is valid for 1 to 120 months.");
		}
		if (courses == null || courses.isEmpty()) {
			throw new InvalidInputException("courses", "Choose the courses that earn the certification.");
		}
		this.id = UUID.randomUUID();
		this.name = given;
		this.validityMonths = validityMonths;
		this.courses = new HashSet<>(courses);
		this.createdAt = now;
	}

	/** Whether passing these courses earns it. */
	boolean earnedBy(Set<UUID> passed) {
		return passed.containsAll(courses);
	}

	LocalDate expiryFrom(LocalDate earned) {
		return earned.plusMonths(validityMonths);
	}

	boolean requires(UUID course) {
		return courses.contains(course);
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	CertificationDefinition toView(Map<UUID, String> courseTitles) {
		return new CertificationDefinition(id, name, validityMonths, courses.stream().sorted()
				.map(c -> new CertificationDefinition.Course(c, courseTitles.get(c))).toList());
	}
}
