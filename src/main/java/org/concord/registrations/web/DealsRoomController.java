package org.concord.registrations.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.registrations.Deals;
import org.concord.registrations.Pipeline;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.Stage;
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

/**
 * The Deals room: the deals by stage with their pipeline, and the board of open deals in columns by stage, moved on by
 * one click (htmx) by those who work them. (The forecast, which needs the commission rates, is the commissions module's.)
 */
@Controller
@InRoom(PortalRoom.DEALS)
class DealsRoomController {

	private static final String DEALS = "registrations/deals";
	private static final String PAGE = "registrations/deal-board";
	private static final int PER_STAGE = 20;

	private final Pipeline pipeline;
	private final Deals deals;

	DealsRoomController(Pipeline pipeline, Deals deals) {
		this.pipeline = pipeline;
		this.deals = deals;
	}

	/** Each stage's next one, for the one-click move; the last has none. */
	private static final Map<Stage, Stage> NEXT = new EnumMap<>(Stage.class);

	static {
		for (int i = 0; i + 1 < Stage.values().length; i++) {
			NEXT.put(Stage.values()[i], Stage.values()[i + 1]);
		}
	}

	@GetMapping("/deals")
	String deals(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("pipeline", pipeline.all());
		model.addAttribute("deals", pipeline.deals(cursor, page, null));
		return DEALS;
	}

	@GetMapping("/deals/board")
	String board(HttpServletRequest request, Model model) {
		model.addAttribute("columns", pipeline.board(PER_STAGE));
		model.addAttribute("next", NEXT);
		return Htmx.view(request, PAGE, "board");
	}

	/** Moves a deal to a stage; for htmx, the board again (with a rule's refusal, if any), else back to the board. */
	@PostMapping("/deals/board/{id}/stage")
	String move(@PathVariable UUID id, @RequestParam(required = false) Stage stage, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String problem = null;
		try {
			deals.changeStage(new RegistrationId(id), stage);
		}
		catch (InvalidInputException ex) {
			problem = ex.getMessage();
		}
		if (Htmx.isHtmx(request)) {
			model.addAttribute("problem", problem);
			model.addAttribute("columns", pipeline.board(PER_STAGE));
			model.addAttribute("next", NEXT);
			return PAGE + " :: board";
		}
		redirect.addFlashAttribute(problem == null ? "notice" : "problem", problem == null ? "Stage updated." : problem);
		return "redirect:/deals/board";
	}
}
