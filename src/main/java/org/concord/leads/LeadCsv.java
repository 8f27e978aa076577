package org.concord.leads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.customers.ConsentType;
import org.concord.customers.ImpliedConsentBasis;
import org.concord.customers.NewContact;
import org.concord.shared.CsvText;
import org.concord.shared.InvalidInputException;

/**
 * The CSV file of leads: a header row naming the columns (any order), then one lead per row. Text is UTF-8;
 * dates are YYYY-MM-DD; consent types and bases are their codes (EXPRESS / IMPLIED, PURCHASE_OR_CONTRACT /
 * INQUIRY). A value that cannot be read is a problem of its row and column, never an error page.
 */
final class LeadCsv {

	/** Column → the property of {@link NewLead} it fills, in the order of the template. */
	static final Map<String, String> COLUMNS = columns();

	record Row(int number, NewLead lead) {
	}

	record Parsed(List<Row> rows, List<Leads.RowProblem> problems) {
	}

	private LeadCsv() {
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("company", "contact.companyName");
		columns.put("first_name", "contact.firstName");
		columns.put("last_name", "contact.lastName");
		columns.put("email", "contact.email");
		columns.put("phone", "contact.phone");
		columns.put("website", "contact.website");
		columns.put("street", "contact.street");
		columns.put("city", "contact.city");
		columns.put("region", "contact.region");
		columns.put("postal_code", "contact.postalCode");
		columns.put("country", "contact.country");
		columns.put("latitude", "latitude");
		columns.put("longitude", "longitude");
		columns.put("product", "product");
		columns.put("industry", "industry");
		columns.put("certification", "certification");
		columns.put("estimated_mrr", "estimatedMrr");
		columns.put("currency", "currency");
		columns.put("notes", "notes");
		columns.put("consent_type", "contact.consentType");
		columns.put("consent_basis", "contact.consentBasis");
		columns.put("consent_basis_date", "contact.consentBasisDate");
		columns.put("consent_obtained_how", "contact.consentObtainedHow");
		columns.put("consent_obtained_on", "contact.consentObtainedOn");
		columns.put("consent_obtained_by", "contact.consentObtainedBy");
		return columns;
	}

	private static final Set<String> OPTIONAL = Set.of("postal_code", "latitude", "longitude", "industry", "certification",
			"consent_basis", "consent_basis_date");

	/** The CSV column of a property path, e.g. {@code contact.email} → {@code email}; unknown paths as they are. */
	static String column(String property) {
		return COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(property)).map(Map.Entry::getKey).findFirst()
				.orElse(property);
	}

	/** The header and one example row: what a channel manager downloads to fill in. */
	static String template() {
		return String.join(",", COLUMNS.keySet()) + "\n"
				+ "Harbourview Clinics Ltd.,Jane,Buyer,jane.buyer@harbourview.example,+1 902 555 0100,www.harbourview.example,"
				+ "1 Water St,Halifax,NS,B3H 1A1,CA,44.65,-63.58,lighthouse,healthcare,,1500.00,CAD,"
				+ "\"Asked for a demo at the Halifax trade show; 40 sites\",EXPRESS,,,Signed up at our booth,2026-11-02,Casey Channel\n";
	}

	static Parsed parse(InputStream file, int maxRows) {
		List<Leads.RowProblem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
				.setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(CsvText.open(file), format)) {
			Map<String, Integer> header = new LinkedHashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(name.trim().toLowerCase(Locale.ROOT), index));
			header.keySet().stream().filter(name -> !COLUMNS.containsKey(name)).forEach(name -> problems.add(
					new Leads.RowProblem(1, name, "Unknown column; the columns are: " + String.join(", ", COLUMNS.keySet()) + ".")));
			COLUMNS.keySet().stream().filter(name -> !OPTIONAL.contains(name) && !header.containsKey(name)).forEach(name -> problems
					.add(new Leads.RowProblem(1, name, "This column is missing from the header row.")));
			if (!problems.isEmpty()) {
				return new Parsed(rows, problems);
			}
			int number = 1;
			for (CSVRecord record : parser) {
				number++;
				if (rows.size() + 1 > maxRows) {
					problems.add(new Leads.RowProblem(number, "file", "At most " + maxRows + " leads per file."));
					break;
				}
				Reader reader = new Reader(record, header, number);
				NewLead lead = reader.lead();
				problems.addAll(reader.problems);
				if (reader.problems.isEmpty()) {
					rows.add(new Row(number, lead));
				}
			}
			if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(new Leads.RowProblem(0, "file", "The file holds no leads below its header row."));
			}
		}
		catch (InvalidInputException ex) {
			problems.add(new Leads.RowProblem(0, "file", ex.getMessage()));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new Leads.RowProblem(0, "file", "This is not a readable CSV file: " + ex.getMessage()));
		}
		return new Parsed(rows, problems);
	}

	/** Reads one record, noting each value it cannot read under its column. */
	private static final class Reader {

		private final CSVRecord record;
		private final Map<String, Integer> header;
		private final int number;
		private final List<Leads.RowProblem> problems = new ArrayList<>();

		Reader(CSVRecord record, Map<String, Integer> header, int number) {
			this.record = record;
			this.header = header;
			this.number = number;
		}

		NewLead lead() {
			NewContact contact = new NewContact(text("first_name"), text("last_name"), text("email"), text("phone"),
					text("company"), text("website"), text("street"), text("city"), text("region"), text("postal_code"),
					upper("country"), value("consent_type", s -> ConsentType.valueOf(s.toUpperCase(Locale.ROOT)), "EXPRESS or IMPLIED"),
					value("consent_basis", s -> ImpliedConsentBasis.valueOf(s.toUpperCase(Locale.ROOT)),
							"PURCHASE_OR_CONTRACT or INQUIRY"),
					value("consent_basis_date", LocalDate::parse, "a date as YYYY-MM-DD"), text("consent_obtained_how"),
					value("consent_obtained_on", LocalDate::parse, "a date as YYYY-MM-DD"), text("consent_obtained_by"));
			return new NewLead(contact, value("latitude", Double::valueOf, "a number, e.g. 44.65"),
					value("longitude", Double::valueOf, "a number, e.g. -63.58"), lower("product"), text("industry"),
					text("certification"), value("estimated_mrr", BigDecimal::new, "an amount, e.g. 1500.00"), upper("currency"),
					text("notes"));
		}

		private String text(String column) {
			Integer index = header.get(column);
			if (index == null || index >= record.size()) {
				return null;
			}
			String value = record.get(index);
			return value == null || value.isBlank() ? null : value.trim();
		}

		private String upper(String column) {
			String value = text(column);
			return value == null ? null : value.toUpperCase(Locale.ROOT);
		}

		private String lower(String column) {
			String value = text(column);
			return value == null ? null : value.toLowerCase(Locale.ROOT);
		}

		private <T> T value(String column, Function<String, T> read, String expected) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			try {
				return read.apply(value);
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				problems.add(new Leads.RowProblem(number, column, "Enter " + expected + ", not \"" + abbreviate(value) + "\"."));
				return null;
			}
		}

		private static String abbreviate(String value) {
			return value.length() > 40 ? value.substring(0, 40) + "…" : value;
		}
	}
}
