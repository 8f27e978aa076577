package org.concord.messages.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.messages.Messages;
import org.concord.messages.NewThread;
import org.concord.messages.ThreadView;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Messages room: the caller's conversations, searchable; one conversation with its history; a new one. */
@Controller
@InRoom(PortalRoom.MESSAGES)
class MessageController {

	private static final String LIST = "messages/threads";
	private static final String THREAD = "messages/thread";
	private static final String NEW = "messages/new";

	private final Messages messages;
	private final PartnerDirectory partners;
	private final CurrentActor actor;

	MessageController(Messages messages, PartnerDirectory partners, CurrentActor actor) {
		this.messages = messages;
		this.partners = partners;
		this.actor = actor;
	}

	@GetMapping("/messages")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		model.addAttribute("threads", messages.threads(q, page, null));
		model.addAttribute("q", q);
		return Htmx.view(request, LIST, "list");
	}

	@GetMapping("/messages/new")
	String newForm(@RequestParam(required = false) String partner, Model model) {
		return form(model, new NewThread(partner, "", ""));
	}

	@PostMapping("/messages/new")
	String start(@RequestParam(required = false) String partnerId, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String body, Model model) {
		NewThread typed = new NewThread(partnerId, topic, body);
		try {
			ThreadView started = messages.start(typed);
			return "redirect:/messages/" + started.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("problemField", ex.field());
			return form(model, typed);
		}
	}

	@GetMapping("/messages/{id}")
	String read(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("conversation", messages.read(id, page));
		return THREAD;
	}

	@PostMapping("/messages/{id}")
	String reply(@PathVariable UUID id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
		try {
			messages.reply(id, body);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("typed", body);
		}
		return "redirect:/messages/" + id + "#reply";
	}

	private String form(Model model, NewThread typed) {
		model.addAttribute("typed", typed);
		if (actor.isVendorStaff()) {
			model.addAttribute("partners", partners.list(0, 100).content());
		}
		return NEW;
	}
}
