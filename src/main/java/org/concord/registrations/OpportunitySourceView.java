package org.concord.registrations;

/** An entry of the Opportunity Source list. */
public record OpportunitySourceView(String code, String label, boolean active) {
}
