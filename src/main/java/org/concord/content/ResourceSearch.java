package org.concord.content;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.concord.partners.PartnerTier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds library items, newest first, for an audience (none: vendor staff, who see all), in some categories, holding words:
 * PostgreSQL's full-text search (English stemming, its GIN index) on PostgreSQL; on H2 each word in the title,
 * description or tags, case aside.
 */
@Component
class ResourceSearch {

	/** Whom the list is for: a partner's type, tier and brand. */
	record Audience(String type, PartnerTier tier, String brand) {
	}

	record Found(List<UUID> ids, long total) {
	}

	private static final String TEXT = "r.title || ' ' || coalesce(r.description, '') || ' ' || coalesce(r.tags, '')";

	private final JdbcClient jdbc;
	private final boolean postgres;

	ResourceSearch(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (var connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			this.postgres = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
	}

	Found find(Audience audience, Set<ResourceCategory> categories, String words, int offset, int size) {
		if (categories.isEmpty()) {
			return new Found(List.of(), 0);
		}
		StringBuilder where = new StringBuilder(" where r.category in (:categories)");
		Map<String, Object> params = new HashMap<>();
		params.put("categories", categories.stream().map(Enum::name).toList());
		if (audience != null) {
			where.append(audienceCondition("resource_item_type", "type_code", "type"));
			where.append(audienceCondition("resource_item_tier", "tier", "tier"));
			where.append(audienceCondition("resource_item_brand", "brand_code", "brand"));
			params.put("type", audience.type());
			params.put("tier", audience.tier().name());
			params.put("brand", audience.brand());
		}
		if (words != null && !words.isBlank()) {
			if (postgres) {
				where.append(" and to_tsvector('english', ").append(TEXT).append(") @@ plainto_tsquery('english', :words)");
				params.put("words", words.strip());
			}
			else {
				List<String> parts = new ArrayList<>(List.of(words.strip().toLowerCase(Locale.ROOT).split("\\s+")));
				for (int i = 0; i < parts.size(); i++) {
					where.append(" and lower(").append(TEXT).append(") like :w").append(i);
					params.put("w" + i, "%" + parts.get(i).replace("%", "").replace("_", "") + "%");
				}
			}
		}
		long total = jdbc.sql("select count(*) from resource_item r" + where).params(params).query(Long.class).single();
		List<UUID> ids = jdbc.sql("select r.id from resource_item r" + where
				+ " order by r.updated_at desc, r.id desc limit :size offset :offset").params(params).param("size", size)
				.param("offset", offset).query(UUID.class).list();
		return new Found(ids, total);
	}

	/** No row for the item (it is for everyone), or a row naming the partner's. */
	private static String audienceCondition(String table, String column, String param) {
		return " and (not exists (select 1 from " + table + " a where a.item_id = r.id) or exists (select 1 from " + table
				+ " a where a.item_id = r.id and a." + column + " = :" + param + "))";
	}
}
