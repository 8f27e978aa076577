package org.concord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.concord.shared.Keyset.Column;
import org.concord.shared.Keyset.Position;
import org.concord.shared.Keyset.SortKey;
import org.junit.jupiter.api.Test;

/** The cursor paging rules every long list shares. */
class KeysetTests {

	private static final SortKey NEWEST = SortKey.descending(new Column("submitted_at", Instant.class),
			new Column("id", UUID.class));

	@Test
	void aCursorCarriesItsDirectionAndTypedKeyBackUnchanged() {
		UUID id = UUID.randomUUID();
		OffsetDateTime at = OffsetDateTime.of(2026, 11, 27, 9, 30, 0, 123_456_000, ZoneOffset.UTC);
		Position position = Keyset.parse(Keyset.cursor(false, List.of(at, id))).orElseThrow();
		assertThat(position.forward()).isFalse();
		assertThat(NEWEST.values(position)).containsExactly(at, id);
		assertThat(Keyset.parse(null)).isEmpty();
		assertThat(Keyset.parse(" ")).isEmpty();
	}

	@Test
	void theSeekAndOrderFollowTheDirectionSoOneIndexServesBoth() {
		Position forward = new Position(true, List.of("x", "y"));
		Position backward = new Position(false, List.of("x", "y"));
		assertThat(NEWEST.seek("r.", forward)).isEqualTo("(r.submitted_at, r.id) < (:k0, :k1)");
		assertThat(NEWEST.orderBy("r.", forward)).isEqualTo("r.submitted_at desc, r.id desc");
		assertThat(NEWEST.seek("r.", backward)).isEqualTo("(r.submitted_at, r.id) > (:k0, :k1)");
		assertThat(NEWEST.orderBy("r.", backward)).isEqualTo("r.submitted_at asc, r.id asc");
		SortKey oldest = SortKey.ascending(new Column("submitted_at", Instant.class), new Column("id", UUID.class));
		assertThat(oldest.seek("", forward)).isEqualTo("(submitted_at, id) > (:k0, :k1)");
		assertThat(oldest.orderBy("", null)).isEqualTo("submitted_at asc, id asc");
	}

	@Test
	void aPageKnowsFromTheExtraRowWhetherThereIsMoreAndReadingBackwardRestoresTheOrder() {
		List<Integer> read = IntStream.rangeClosed(1, 4).boxed().toList();
		var first = Keyset.page(read, null, 3, n -> List.of(n), n -> n, Keyset.capped(10));
		assertThat(first.content()).containsExactly(1, 2, 3);
		assertThat(first.previous()).isNull();
		assertThat(Keyset.parse(first.next()).orElseThrow()).isEqualTo(new Position(true, List.of("3")));

		var last = Keyset.page(List.of(4, 5), new Position(true, List.of("3")), 3, n -> List.of(n), n -> n, Keyset.capped(5));
		assertThat(last.next()).isNull();
		assertThat(Keyset.parse(last.previous()).orElseThrow()).isEqualTo(new Position(false, List.of("4")));

		// read backward from 4: 3, 2, 1 and one more (0) means there is a page before
		var back = Keyset.page(List.of(3, 2, 1, 0), new Position(false, List.of("4")), 3, n -> List.of(n), n -> n,
				Keyset.capped(5));
		assertThat(back.content()).containsExactly(1, 2, 3);
		assertThat(Keyset.parse(back.previous()).orElseThrow()).isEqualTo(new Position(false, List.of("1")));
		assertThat(Keyset.parse(back.next()).orElseThrow()).isEqualTo(new Position(true, List.of("3")));
		var backToStart = Keyset.page(List.of(3, 2, 1), new Position(false, List.of("4")), 3, n -> List.of(n), n -> n,
				Keyset.capped(5));
		assertThat(backToStart.previous()).isNull();
	}

	@Test
	void totalsAreExactUpToTheCapAndSayOneThousandPlusBeyond() {
		assertThat(Keyset.capped(1000)).isEqualTo(new KeysetPage.Total(1000, true));
		assertThat(Keyset.capped(1000).label()).isEqualTo("1,000");
		assertThat(Keyset.capped(1001)).isEqualTo(new KeysetPage.Total(1000, false));
		assertThat(Keyset.capped(1001).label()).isEqualTo("1,000+");
	}

	@Test
	void aCursorThatIsNotOursOrAPagePastTheOffsetLimitIsRefusedNamingTheField() {
		for (String bad : List.of("%%%", "bm9wZQ", Keyset.cursor(true, List.of("not-a-time", "x")))) {
			assertThatThrownBy(() -> NEWEST.values(Keyset.parse(bad).orElseThrow()))
					.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("cursor"));
		}
		assertThat(Keyset.offset(400, 25)).isEqualTo(10_000);
		assertThatThrownBy(() -> Keyset.offset(401, 25))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("page"));
		assertThat(Keyset.offset(null, 25)).isZero();
	}
}
