package org.concord.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Switches a partner's lead flow: the channel team and partner admins. See {@link Permission#SWITCH_LEAD_FLOW}. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole(T(org.concord.shared.access.Permission).SWITCH_LEAD_FLOW.roleNames())")
public @interface SwitchLeadFlow {
}
