package org.concord.leads;

/** A line of a lead's routing history. */
public enum RoutingAction {
	CREATED, OFFERED, ASSIGNED_BY_HAND, ACCEPTED, REMINDED, DECLINED, TAKEN_BACK, WITHDRAWN, TO_CHANNEL_MANAGER,
	CONTACT_INITIATED, CLOSED
}
