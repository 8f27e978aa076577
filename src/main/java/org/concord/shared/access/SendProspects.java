package org.concord.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Sends partner prospects from the vendor's own systems: a call made with an integration key of that scope, not a
 * person's login. The identity module grants the authority to such a call.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('" + SendProspects.AUTHORITY + "')")
public @interface SendProspects {

	String AUTHORITY = "SEND_PROSPECTS";
}
