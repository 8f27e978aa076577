package org.concord.scoring.web;

import java.time.YearMonth;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.scoring.EngagementScores;
import org.concord.shared.access.SeeProgram;
import org.concord.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The vendor's engagement report: every partner's score for a month, highest first. */
@Controller
class EngagementScoreController {

	private final EngagementScores scores;

	EngagementScoreController(EngagementScores scores) {
		this.scores = scores;
	}

	@SeeProgram
	@GetMapping("/engagement-scores")
	String month(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		YearMonth shown = month != null ? month : scores.lastScoredMonth();
		model.addAttribute("month", shown);
		model.addAttribute("scores", scores.month(shown, page, null));
		return Htmx.view(request, "scoring/engagement", "rows");
	}
}
