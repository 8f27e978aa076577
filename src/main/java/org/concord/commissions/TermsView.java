package org.concord.commissions;

import java.time.LocalDate;

/** A version of the program terms as pages and the API show it. */
public record TermsView(int version, LocalDate effectiveFrom, LocalDate announcedOn, String summary) {
}
