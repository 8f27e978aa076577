package org.concord.customers;

/** Whom to talk to at the customer: what a partner the vendor invited onto a deal sees of its contact. */
public record ContactCard(String name, String email, String phone, String companyName) {
}
