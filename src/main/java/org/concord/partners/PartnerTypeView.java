package org.concord.partners;

/** A partner type as pages, the API and other modules see it: its code, name and what it decides. */
public record PartnerTypeView(String code, String name, boolean takesVendorLeads, boolean mayRequestAssistance) {
}
