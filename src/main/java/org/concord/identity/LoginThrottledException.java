package org.concord.identity;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or address; the attempt was not even checked. */
class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("Too many failed attempts");
	}
}
