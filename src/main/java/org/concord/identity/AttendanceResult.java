package org.concord.identity;

import java.io.Serializable;
import java.util.List;

/**
 * What a sheet did: whose attendance it recorded, whose it had already, and which addresses name no active partner
 * person (a vendor colleague, a typo, someone not invited yet), so the channel team can follow them up.
 */
public record AttendanceResult(String subject, List<String> recorded, List<String> alreadyRecorded, List<String> unknown)
		implements Serializable {
}
