package org.concord.messages.api;

import java.util.UUID;

import org.concord.messages.Conversation;
import org.concord.messages.MessageView;
import org.concord.messages.Messages;
import org.concord.messages.NewThread;
import org.concord.messages.ThreadView;
import org.concord.shared.PageView;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/message-threads", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Messages", description = "Conversations by topic between a partner's people and the vendor")
@InRoom(PortalRoom.MESSAGES)
class MessageApi {

	/** A message to add to a conversation, in Markdown. */
	record Reply(String body) {
	}

	private final Messages messages;

	MessageApi(Messages messages) {
		this.messages = messages;
	}

	@Operation(summary = "The caller's conversations, the latest first, with the caller's unread count in each; q finds "
			+ "words in topics and messages. Paged")
	@GetMapping
	PageView<ThreadView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return messages.threads(q, page, size);
	}

	@Operation(summary = "Start a conversation: a topic and a first message in Markdown; vendor staff name the partner "
			+ "(partnerId), a partner's people start one with their own company")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ThreadView start(@RequestBody NewThread start) {
		return messages.start(start);
	}

	@Operation(summary = "One conversation with a page of its messages, oldest first (the last page when none is asked), "
			+ "each as Markdown and sanitized HTML; reading it marks it read for the caller. 404 outside the caller's scope")
	@GetMapping("/{id}")
	Conversation read(@PathVariable UUID id, @RequestParam(required = false) Integer page) {
		return messages.read(id, page);
	}

	@Operation(summary = "Write in a conversation; the others in it hear of it as each chose")
	@PostMapping("/{id}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	MessageView reply(@PathVariable UUID id, @RequestBody Reply reply) {
		return messages.reply(id, reply.body());
	}
}
