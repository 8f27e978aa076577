package org.concord.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The caller may see the record but not do this to it (e.g. an invited partner closing the registering partner's
 * deal, or a vendor admin approving the payout they prepared): 403, saying why.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotAllowedException extends RuntimeException {

	public NotAllowedException(String message) {
		super(message);
	}
}
