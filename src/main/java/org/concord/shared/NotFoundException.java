package org.concord.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record does not exist, or exists outside the caller's partner scope: both answer the same, 404, so a
 * partner cannot learn that another partner's record exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
