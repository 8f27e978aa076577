/** The partner portal's rooms, starting with the Overview dashboard everyone lands on. */
@ApplicationModule(allowedDependencies = { "shared", "partners", "notifications", "leads", "commissions" })
package org.concord.rooms;

import org.springframework.modulith.ApplicationModule;
