package org.concord.content;

import java.io.InputStream;

/** A file as someone uploads it: the name they gave it and its bytes, streamed. */
public record Upload(String fileName, InputStream content) {
}
