package org.concord.partners;

/** What a vendor admin sets on a partner type: its name, and whether its partners take vendor leads and may ask for assistance. */
public record PartnerTypeDetails(String name, boolean takesVendorLeads, boolean mayRequestAssistance) {
}
