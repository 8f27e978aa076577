/**
 * Outgoing e-mail (and, later, in-app notifications). Every mail is kept in the database first and then
 * delivered over SMTP when one is configured; without SMTP it stays on the vendor admin's "sent mail" page.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.concord.notifications;

import org.springframework.modulith.ApplicationModule;
