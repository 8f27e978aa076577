/** Partner companies: who they are, their type and tier, where they are. */
@ApplicationModule(allowedDependencies = "shared")
package org.concord.partners;

import org.springframework.modulith.ApplicationModule;
