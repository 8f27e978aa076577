package org.concord.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Manages people: the vendor admin and partner admins. See {@link Permission#MANAGE_PEOPLE}. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole(T(org.concord.shared.access.Permission).MANAGE_PEOPLE.roleNames())")
public @interface ManagePeople {
}
