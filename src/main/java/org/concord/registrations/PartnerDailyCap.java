package org.concord.registrations;

/** One partner's daily cap on registrations: raised for it, or the program's. */
public record PartnerDailyCap(String partnerId, String partnerName, int dailyCap, boolean raised) {
}
