package org.concord.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An uploaded CSV file, read as it arrives: the one check every import makes. It must be present, text (no NUL
 * byte) and UTF-8, judged by its bytes; a byte-order mark is dropped. Nothing holds the file whole: its size is
 * capped where it comes in (the API's import limit, the pages' upload limit), its rows by each import.
 */
public final class CsvText {

	private CsvText() {
	}

	/**
	 * The file as text to read. A file that is empty, binary or not UTF-8 fails while it is read, with an
	 * {@link InvalidInputException} on field "file" saying what is wrong with it.
	 */
	public static Reader open(InputStream file) {
		if (file == null) {
			throw new InvalidInputException("file", "Choose a CSV file.");
		}
		var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		PushbackReader text = new PushbackReader(new Checked(new InputStreamReader(new TextBytes(file), utf8)));
		try {
			int first = text.read();
			if (first < 0) {
				throw new InvalidInputException("file", "Choose a CSV file; this one is empty.");
			}
			if (first != '\uFEFF') {
				text.unread(first);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text;
	}

	/** Refuses a NUL byte, which no text file holds. */
	private static final class TextBytes extends FilterInputStream {

		TextBytes(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b == 0) {
				throw notText();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			for (int i = offset; i < offset + n; i++) {
				if (buffer[i] == 0) {
					throw notText();
				}
			}
			return n;
		}

		private static InvalidInputException notText() {
			return new InvalidInputException("file", "This is not a CSV text file.");
		}
	}

	/** Says "not UTF-8" the way every other refusal of the file is said. */
	private static final class Checked extends Reader {

		private final Reader in;

		Checked(Reader in) {
			this.in = in;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			try {
				return in.read(buffer, offset, length);
			}
			catch (CharacterCodingException ex) {
				throw new InvalidInputException("file", "Save the file as UTF-8 text.");
			}
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}
}
