package org.concord.commissions;

import java.time.LocalDate;

/** New program terms were announced: partners hear of them before they take effect. */
public record ProgramTermsAnnounced(int version, LocalDate effectiveFrom, String summary) {
}
