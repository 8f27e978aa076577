/** Files people upload: one storage port (a local directory by default), server-side names, content judged by its bytes. */
@ApplicationModule(allowedDependencies = "shared")
package org.concord.files;

import org.springframework.modulith.ApplicationModule;
