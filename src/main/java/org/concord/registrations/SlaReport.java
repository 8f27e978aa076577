package org.concord.registrations;

import java.time.Instant;

/**
 * How many registrations were decided within the approval SLA, of those whose decision was due. Above 90%
 * is good, 70-90% a warning, below 70% red.
 */
public record SlaReport(Instant since, long decidedInTime, long due, long slaHours) {

	public double share() {
		return due == 0 ? 1.0 : (double) decidedInTime / due;
	}

	public String rating() {
		double share = share();
		return share > 0.90 ? "good" : share >= 0.70 ? "warning" : "red";
	}
}
