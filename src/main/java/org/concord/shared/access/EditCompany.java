package org.concord.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Edits a partner company's profile: the channel team, and partner admins their contact details. See {@link Permission#EDIT_COMPANY}. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole(T(org.concord.shared.access.Permission).EDIT_COMPANY.roleNames())")
public @interface EditCompany {
}
