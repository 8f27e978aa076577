package org.concord.notifications.api;

import java.util.UUID;

import org.concord.notifications.Inbox;
import org.concord.notifications.Notice;
import org.concord.shared.PageView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/me/notices", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notices", description = "The caller's in-portal notices, read and unread")
class NoticeApi {

	/** How many notices were marked read. */
	record Marked(int marked) {
	}

	private final Inbox inbox;

	NoticeApi(Inbox inbox) {
		this.inbox = inbox;
	}

	@Operation(summary = "The caller's notices, newest first, paged; only the unread ones with unread=true")
	@GetMapping
	PageView<Notice> list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return inbox.mine(unread, page, size);
	}

	@Operation(summary = "Mark one of the caller's notices read; 404 for anyone else's")
	@PostMapping("/{id}/read")
	Notice markRead(@PathVariable UUID id) {
		return inbox.markRead(id);
	}

	@Operation(summary = "Mark all the caller's notices read")
	@PostMapping("/read")
	Marked markAllRead() {
		return new Marked(inbox.markAllRead());
	}
}
