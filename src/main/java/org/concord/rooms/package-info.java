/** The partner portal's rooms, starting with the Overview dashboard everyone lands on. */
@ApplicationModule(allowedDependencies = { "shared", "identity", "partners", "notifications", "leads", "commissions", "registrations :: deals", "content" })
package org.concord.rooms;

import org.springframework.modulith.ApplicationModule;
