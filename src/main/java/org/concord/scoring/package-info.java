/**
 * Scores: engagement scores and their monthly snapshots; the tier rubric, the monthly tier assessment, the tier changes
 * it proposes for a channel manager's approval, and the quarterly satisfaction question; badges; the channel scorecard.
 */
@ApplicationModule(allowedDependencies = { "shared", "partners", "registrations :: deals", "identity", "notifications", "training", "leads" })
package org.concord.scoring;

import org.springframework.modulith.ApplicationModule;
