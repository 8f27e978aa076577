package org.concord.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An uploaded CSV file as text: the one check every import makes. It must be present, at most 1 MB, text (no NUL
 * byte) and UTF-8, judged by its bytes; a byte-order mark is dropped.
 */
public final class CsvText {

	public static final int MAX_BYTES = 1024 * 1024;

	private CsvText() {
	}

	/** The file's text; an {@link InvalidInputException} on field "file" says what is wrong with it. */
	public static String of(byte[] file) {
		if (file == null || file.length == 0) {
			throw new InvalidInputException("file", "Choose a CSV file.");
		}
		if (file.length > MAX_BYTES) {
			throw new InvalidInputException("file", "The file may be at most 1 MB.");
		}
		for (byte b : file) {
			if (b == 0) {
				throw new InvalidInputException("file", "This is not a CSV text file.");
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "Save the file as UTF-8 text.");
		}
	}
}
