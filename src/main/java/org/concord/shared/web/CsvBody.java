package org.concord.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/**
 * An API call that reads a CSV file as its body, streamed (the handler takes an {@code InputStream}); this says so
 * in the API document.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestBody(required = true, description = "The CSV file: UTF-8 text with a header row",
		content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
public @interface CsvBody {
}
