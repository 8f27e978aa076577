/**
 * Leads the vendor routes to partners: the routing engine, offers, the working-day contact rule and
 * reassignment. (So far: the routing engine.)
 */
@ApplicationModule(allowedDependencies = "shared")
package org.concord.leads;

import org.springframework.modulith.ApplicationModule;
