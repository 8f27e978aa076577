package org.concord.commissions.web;

import org.concord.commissions.Statements;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Deals room's forecast: the open pipeline by month of expected close, with its MRR and expected commission. */
@Controller
@InRoom(PortalRoom.DEALS)
class DealForecastController {

	private final Statements statements;

	DealForecastController(Statements statements) {
		this.statements = statements;
	}

	@GetMapping("/deals/forecast")
	String forecast(Model model) {
		model.addAttribute("months", statements.forecast());
		return "commissions/forecast";
	}
}
