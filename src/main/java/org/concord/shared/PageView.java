package org.concord.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of rows as pages and the API show it. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages;
	}
}
