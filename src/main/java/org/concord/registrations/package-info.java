/**
 * Opportunity (deal) registration: the form, the duplicate check, review by the channel team, the protection
 * window, the contact log, status history and partner attribution.
 */
@ApplicationModule(allowedDependencies = { "shared", "identity", "partners", "customers", "notifications" })
package org.concord.registrations;

import org.springframework.modulith.ApplicationModule;
