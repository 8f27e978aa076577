/** The Resources and Brand Guidelines rooms: the vendor's library of files and links for partners, versioned, searched and counted. */
@ApplicationModule(allowedDependencies = { "shared", "identity", "partners", "files", "training" })
package org.concord.content;

import org.springframework.modulith.ApplicationModule;
