/**
 * Leads the vendor routes to partners: the routing engine, offers, the working-day contact rule and
 * reassignment, and each partner's record of keeping the rule (its scorecard).
 */
@ApplicationModule(allowedDependencies = { "shared", "partners", "customers", "customers :: web", "registrations :: deals", "identity", "notifications" })
package org.concord.leads;

import org.springframework.modulith.ApplicationModule;
