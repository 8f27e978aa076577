package org.concord.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The room(s) a page or API route belongs to, on a controller or one of its methods (the method's wins). A partner
 * person reaches it only while their company sees one of these rooms; otherwise it answers 404, as if it were not
 * there. Vendor staff are not held to rooms.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InRoom {

	PortalRoom[] value();
}
