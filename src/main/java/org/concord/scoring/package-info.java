/** Scores: engagement scores and their monthly snapshots (later tier eligibility, badges and the channel scorecard). */
@ApplicationModule(allowedDependencies = { "shared", "partners" })
package org.concord.scoring;

import org.springframework.modulith.ApplicationModule;
