package org.concord.messages;

/** A conversation to start: the partner it is with (vendor staff name it; a partner's people leave it out), a topic and a first message. */
public record NewThread(String partnerId, String topic, String body) {
}
