package org.concord.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The badges partners hold, by name, for the partner directory: implemented where badges are kept (scoring). */
public interface PartnerBadges {

	Map<UUID, List<String>> heldBy(Collection<UUID> partners);
}
