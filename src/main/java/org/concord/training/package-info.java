/**
 * Training: the vendor's courses (a link or a PDF, an optional quiz with a pass mark), certifications earned by passing
 * a set of courses, each person's results and certifications, certificates as PDF, and warnings before expiry.
 */
@ApplicationModule(allowedDependencies = { "shared", "partners", "identity", "notifications" })
package org.concord.training;

import org.springframework.modulith.ApplicationModule;
