package org.concord.files;

/** A file as stored: its server-side name, its size, and its content type judged by its first bytes. */
public record StoredFile(String key, long size, String contentType) {
}
