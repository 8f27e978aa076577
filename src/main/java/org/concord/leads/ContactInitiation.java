package org.concord.leads;

import java.time.LocalDate;

import org.concord.registrations.ContactType;

/**
 * The one step of the contact rule: the action checked off, the date contact was made, how, and the first
 * row of the Contact Log. Making contact sets the opportunity to Active.
 */
public record ContactInitiation(boolean actionChecked, LocalDate contactInitiatedOn, ContactType contactType,
		String summary) {
}
