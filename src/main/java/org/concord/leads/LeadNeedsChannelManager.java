package org.concord.leads;

/** Routing found nobody for a lead (or the settings say so): a channel manager assigns it by hand. */
public record LeadNeedsChannelManager(LeadId lead, String reason) {
}
