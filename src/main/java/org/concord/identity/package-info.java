/**
 * Who may do what: users of the vendor and of partner companies, their roles, login and recovery, API
 * tokens, the audit log, and brands (which portal host shows which brand).
 */
@ApplicationModule(allowedDependencies = { "shared", "notifications", "partners" })
package org.concord.identity;

import org.springframework.modulith.ApplicationModule;
