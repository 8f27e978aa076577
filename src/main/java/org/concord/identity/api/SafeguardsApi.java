package org.concord.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.concord.identity.Safeguards;
import org.concord.identity.SafeguardsView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Safeguards", description = "API token lifetime and four eyes on payouts")
class SafeguardsApi {

	record SafeguardsChange(@NotNull Integer apiTokenLifetimeDays, @NotNull Boolean payoutFourEyes) {
	}

	private final Safeguards safeguards;

	SafeguardsApi(Safeguards safeguards) {
		this.safeguards = safeguards;
	}

	@Operation(summary = "The vendor's safeguards")
	@GetMapping("/safeguards")
	SafeguardsView current() {
		return safeguards.current();
	}

	@Operation(summary = "Change the safeguards (vendor admin)")
	@PutMapping("/safeguards")
	SafeguardsView change(@Valid @RequestBody SafeguardsChange change) {
		return safeguards.change(new SafeguardsView(change.apiTokenLifetimeDays(), change.payoutFourEyes()));
	}
}
