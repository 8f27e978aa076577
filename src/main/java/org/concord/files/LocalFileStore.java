package org.concord.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.tika.Tika;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The embedded default: files in a local directory, two levels of subdirectories by name, written then moved in place. */
@Component
class LocalFileStore implements FileStore {

	private static final int SNIFF = 8192;

	private final Path root;
	private final Tika tika = new Tika();

	LocalFileStore(@Value("${concord.files.dir:./data/files}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public StoredFile put(InputStream content, long maxBytes, String field) {
		String key = UUID.randomUUID().toString();
		Path target = pathOf(key);
		Path partial = target.resolveSibling(key + ".part");
		try {
			Files.createDirectories(target.getParent());
			BufferedInputStream in = new BufferedInputStream(content, SNIFF);
			in.mark(SNIFF);
			String type = tika.detect(in);
			in.reset();
			long written = 0;
			try (OutputStream out = Files.newOutputStream(partial)) {
				byte[] buffer = new byte[SNIFF];
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					written += read;
					if (written > maxBytes) {
						throw new InvalidInputException(field, "The file is larger than " + (maxBytes / (1024 * 1024)) + " MB.");
					}
					out.write(buffer, 0, read);
				}
			}
			if (written == 0) {
				throw new InvalidInputException(field, "The file is empty.");
			}
			Files.move(partial, target);
			return new StoredFile(key, written, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ignored) {
				// a leftover .part file is harmless: no record names it
			}
		}
	}

	@Override
	public InputStream open(String key) {
		try {
			return Files.newInputStream(pathOf(key));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			throw new NotFoundException("File");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Only names this store made (UUIDs) map to a path: nothing else can reach outside the directory. */
	private Path pathOf(String key) {
		UUID id = UUID.fromString(key);
		String name = id.toString();
		return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
	}
}
