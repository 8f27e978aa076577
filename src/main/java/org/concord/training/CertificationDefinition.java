package org.concord.training;

import java.util.List;
import java.util.UUID;

/** A certification the vendor defines: its name, how long it is valid, and the courses that earn it. */
public record CertificationDefinition(UUID id, String name, int validityMonths, List<Course> courses) {

	/** One course it asks for. */
	public record Course(UUID id, String title) {
	}
}
