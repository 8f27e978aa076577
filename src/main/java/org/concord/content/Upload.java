package org.concord.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/** A file as someone uploads it: the name they gave it and its bytes, streamed. */
public record Upload(String fileName, InputStream content) {

	/** The file of a form or API part; none when nothing was chosen. */
	public static Upload from(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new Upload(file.getOriginalFilename(), file.getInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
