/**
 * Small building blocks every module uses: typed ids, the partner scope of the current actor, the clock,
 * paging, and the web plumbing for problem details and request logging.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.concord.shared;

import org.springframework.modulith.ApplicationModule;
