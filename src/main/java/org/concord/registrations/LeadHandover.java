package org.concord.registrations;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.concord.customers.ContactId;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.modulith.NamedInterface;

/**
 * A vendor lead the partner started working: it becomes an opportunity, approved and active at once, with
 * the partner's first Contact Log row. The vendor provided it, so the partner's credit is co-sell.
 */
@NamedInterface("deals")
public record LeadHandover(PartnerId partner, UserId rep, ContactId contact, String product, BigDecimal estimatedMrr,
		String currency, String notes, LocalDate contactInitiatedOn, ContactType contactType, String contactSummary) {
}
