package org.concord.files;

import java.io.InputStream;

/**
 * Where uploaded files live, under names the server chose: written and read as streams, never held whole in
 * memory. The embedded default keeps them in a local directory ({@code concord.files.dir}).
 */
public interface FileStore {

	/** Streams the content in under a new server-side name; refused naming {@code field} past {@code maxBytes}. */
	StoredFile put(InputStream content, long maxBytes, String field);

	/** The stored content, as a stream the caller closes. */
	InputStream open(String key);

	void delete(String key);
}
