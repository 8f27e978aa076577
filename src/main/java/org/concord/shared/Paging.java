package org.concord.shared;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The one way lists are paged: zero-based pages, 25 rows by default, never more than 100. */
public final class Paging {

	public static final int DEFAULT_SIZE = 25;
	public static final int MAX_SIZE = 100;

	private Paging() {
	}

	/** The rows per page asked for, within bounds. */
	public static int size(Integer size) {
		return size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public static Pageable of(Integer page, Integer size, Sort sort) {
		int p = page == null || page < 0 ? 0 : page;
		return PageRequest.of(p, size(size), sort);
	}
}
