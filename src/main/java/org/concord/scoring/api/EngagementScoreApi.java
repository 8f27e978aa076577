package org.concord.scoring.api;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.concord.scoring.EngagementScoreView;
import org.concord.scoring.EngagementScores;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
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
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Engagement scores", description = "Seed 004's partner engagement score, computed monthly")
@InRoom(PortalRoom.PERFORMANCE)
class EngagementScoreApi {

	private final EngagementScores scores;

	EngagementScoreApi(EngagementScores scores) {
		this.scores = scores;
	}

	@Operation(summary = "Every partner's engagement score for a month (YYYY-MM), highest first, paged (vendor staff)")
	@GetMapping("/engagement-scores")
	PageView<EngagementScoreView> month(@RequestParam YearMonth month, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return scores.month(month, page, size);
	}

	/** How many partners a run scored. */
	record Run(YearMonth month, int partnersScored) {
	}

	@Operation(summary = "Score a month again, e.g. after a correction of the data behind it (vendor admin); the monthly "
			+ "run scores the month before on the 1st at 02:30, vendor time")
	@PostMapping("/engagement-scores/{month}")
	Run recompute(@PathVariable YearMonth month) {
		return new Run(month, scores.recompute(month));
	}

	@Operation(summary = "A partner's monthly engagement scores, newest first, with band and trend; 404 outside the "
			+ "caller's scope")
	@GetMapping("/partners/{id}/engagement-scores")
	List<EngagementScoreView> history(@PathVariable UUID id) {
		return scores.history(new PartnerId(id));
	}
}
