/**
 * Commissions on MRR: subscription contracts from won opportunities, their invoices and the payments received,
 * versioned program terms and rate cards, the append-only commission ledger, and partners' statements.
 */
@ApplicationModule(allowedDependencies = { "shared", "registrations :: deals", "partners", "identity", "notifications" })
package org.concord.commissions;

import org.springframework.modulith.ApplicationModule;
