/**
 * The contact pages. The contact form and its fields are shared with other modules' forms that hold a contact
 * (a vendor's lead), so they are a named interface of the module.
 */
@NamedInterface("web")
package org.concord.customers.web;

import org.springframework.modulith.NamedInterface;
