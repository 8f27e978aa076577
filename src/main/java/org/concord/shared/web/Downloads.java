package org.concord.shared.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the browser saves rather than shows: CSV (UTF-8) or PDF, under the name given. */
public final class Downloads {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private Downloads() {
	}

	/**
	 * A stored file streamed to the browser to save, under a name someone gave it (encoded as RFC 6266 asks, so no
	 * name can break the header), its declared type never second-guessed by the browser.
	 */
	public static ResponseEntity<InputStreamResource> stream(InputStream content, MediaType type, long size, String filename) {
		return ResponseEntity.ok().contentType(type).contentLength(size).header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8)
						.build().toString())
				.body(new InputStreamResource(content));
	}

	public static <T> ResponseEntity<T> attachment(T body, MediaType type, String filename) {
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
	}
}
