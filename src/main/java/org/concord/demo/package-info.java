/** Demo data: the vendor's three brands, its staff, partner companies with their people, and a pipeline. */
@ApplicationModule(allowedDependencies = { "shared", "identity", "partners", "customers", "registrations", "registrations :: deals", "leads", "commissions", "scoring", "rooms", "content" })
package org.concord.demo;

import org.springframework.modulith.ApplicationModule;
