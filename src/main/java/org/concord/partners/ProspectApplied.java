package org.concord.partners;

/** A company applied to become a partner on a brand's public form or through the intake API: it is told we have it. */
public record ProspectApplied(String prospectId, String brand, String email, String contactName, String companyName) {
}
