package org.concord.rooms;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.TeamChanged;

/** One line of a partnership's team feed: written once, never changed. */
@Entity
@Table(name = "team_change")
class TeamChange {

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID personId;

	private String change;

	private Instant at;

	protected TeamChange() {
	}

	TeamChange(TeamChanged changed) {
		this.id = UUID.randomUUID();
		this.partnerId = changed.partner().value();
		this.personId = changed.person() == null ? null : changed.person().value();
		String text = changed.change().strip();
		this.change = text.length() <= 300 ? text : text.substring(0, 300);
		this.at = changed.at();
	}

	TeamChangeView toView() {
		return new TeamChangeView(change, at);
	}
}
