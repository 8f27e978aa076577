package org.concord.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Sees the whole program: the vendor's staff. See {@link Permission#SEE_PROGRAM}. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole(T(org.concord.shared.access.Permission).SEE_PROGRAM.roleNames())")
public @interface SeeProgram {
}
