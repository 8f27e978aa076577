package org.concord.messages;

import org.concord.shared.PageView;

/** A thread with a page of its messages, oldest first. */
public record Conversation(ThreadView thread, PageView<MessageView> messages) {
}
