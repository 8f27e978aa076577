/**
 * End-customer contacts (a person and their company) entered by partners, with the anti-spam (CASL) consent
 * record that must accompany each one.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.concord.customers;

import org.springframework.modulith.ApplicationModule;
