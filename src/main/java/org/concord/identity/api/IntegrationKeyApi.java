package org.concord.identity.api;

import java.util.UUID;

import org.concord.identity.IntegrationKeyView;
import org.concord.identity.IntegrationKeys;
import org.concord.shared.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/integration-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Integration keys", description = "Keys the vendor's own systems send prospects with (vendor admin)")
class IntegrationKeyApi {

	private final IntegrationKeys keys;

	IntegrationKeyApi(IntegrationKeys keys) {
		this.keys = keys;
	}

	@Operation(summary = "Integration keys, newest first, paged, without their secrets")
	@GetMapping
	PageView<IntegrationKeyView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return keys.list(page, size);
	}

	/** What the key is for: the system that will use it. */
	record NewKey(String name) {
	}

	@Operation(summary = "Make a key for sending prospects (POST /api/v1/prospect-intake with X-Integration-Key); "
			+ "its secret is in this answer only")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IntegrationKeys.CreatedKey create(@RequestBody NewKey key) {
		return keys.create(key.name());
	}

	@Operation(summary = "Revoke a key: calls with it are refused from now on")
	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		keys.revoke(id);
	}
}
