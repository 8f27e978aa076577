/** Demo data: the vendor's three brands, its staff, and partner companies with their people. */
@ApplicationModule(allowedDependencies = { "shared", "identity", "partners" })
package org.concord.demo;

import org.springframework.modulith.ApplicationModule;
