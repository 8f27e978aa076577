package org.concord.rooms;

import java.util.List;

import org.concord.identity.Person;
import org.concord.shared.PageView;

/**
 * A partnership's team as its Contacts room shows it: the partner's account manager and the vendor's channel
 * managers, the partner's own people (paged), and the feed of team changes (the latest page).
 */
public record Team(String partnerId, String partnerName, Person accountManager, List<Person> channelTeam,
		PageView<Person> people, PageView<TeamChangeView> changes) {
}
