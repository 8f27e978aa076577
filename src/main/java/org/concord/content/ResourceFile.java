package org.concord.content;

import java.io.InputStream;

/** A library file on its way to a reader: its name, content type, size and bytes as a stream the caller closes. */
public record ResourceFile(String name, String contentType, long size, InputStream content) {
}
