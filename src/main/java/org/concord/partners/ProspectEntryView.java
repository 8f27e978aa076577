package org.concord.partners;

import java.time.Instant;

/**
 * One entry of a prospect's history: {@code kind} is CREATED, STAGE, OWNER, CONVERTED, or an activity (NOTE, CALL,
 * MEETING, EMAIL); {@code by} is the person's name, or how it came in when nobody signed in.
 */
public record ProspectEntryView(String kind, ProspectStage fromStage, ProspectStage toStage, String text, String by,
		Instant at) {
}
