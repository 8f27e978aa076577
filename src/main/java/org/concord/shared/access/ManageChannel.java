package org.concord.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** Manages the channel: the vendor admin and the channel managers. See {@link Permission#MANAGE_CHANNEL}. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole(T(org.concord.shared.access.Permission).MANAGE_CHANNEL.roleNames())")
public @interface ManageChannel {
}
