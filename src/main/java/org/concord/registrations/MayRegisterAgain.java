package org.concord.registrations;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;

/** The claim a partner waited on has ended: it is told it may register the company now, in one step. */
public record MayRegisterAgain(RegistrationId registration, PartnerId partner, UserId submittedBy) {
}
