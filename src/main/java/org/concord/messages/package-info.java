/** The Messages room: conversations by topic between a partner's people and the vendor's channel team. */
@ApplicationModule(allowedDependencies = { "shared", "identity", "partners", "notifications" })
package org.concord.messages;

import org.springframework.modulith.ApplicationModule;
