package org.concord.commissions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.shared.CsvText;
import org.concord.shared.InvalidInputException;

/**
 * A billing system's export of payments: {@code invoice_id, kind, amount, received_on, reference,
 * reverses_reference}. The reference is the payment's idempotency key; a refund or chargeback names the reference
 * of the payment it reverses, which may be an earlier row of the same file.
 */
final class PaymentCsv {

	static final int MAX_ROWS = 5000;
	static final List<String> COLUMNS = List.of("invoice_id", "kind", "amount", "received_on", "reference", "reverses_reference");

	/** A row read: the payment, and the reference of the payment it reverses (empty for a payment). */
	record Row(int number, NewPayment payment, String reversesReference) {
	}

	record Problem(int row, String column, String message) {
	}

	record Parsed(List<Row> rows, List<Problem> problems) {
	}

	private PaymentCsv() {
	}

	/** A row of an invoice file: which contract, which month's billing period. */
	record InvoiceRow(int number, UUID contractId, YearMonth month) {
	}

	record InvoiceRows(List<InvoiceRow> rows, List<Problem> problems) {
	}

	/** {@code contract_id, month}: the invoices to issue, checked like the payments' file. */
	static InvoiceRows parseInvoices(InputStream file) {
		List<Problem> problems = new ArrayList<>();
		List<InvoiceRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(CsvText.open(file), FORMAT)) {
			Map<String, Integer> header = new LinkedHashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(name.trim().toLowerCase(Locale.ROOT), index));
			for (String column : List.of("contract_id", "month")) {
				if (!header.containsKey(column)) {
					problems.add(new Problem(1, column, "This column is missing from the header row."));
				}
			}
			if (!problems.isEmpty()) {
				return new InvoiceRows(rows, problems);
			}
			int number = 1;
			for (CSVRecord record : parser) {
				number++;
				if (rows.size() >= MAX_ROWS) {
					problems.add(new Problem(number, "file", "At most " + MAX_ROWS + " invoices per file."));
					break;
				}
				int before = problems.size();
				UUID contract = read(record, header, "contract_id", UUID::fromString, "a contract id", number, problems);
				YearMonth month = read(record, header, "month", YearMonth::parse, "a month as YYYY-MM", number,
						problems);
				if (problems.size() == before) {
					if (contract == null || month == null) {
						problems.add(new Problem(number, contract == null ? "contract_id" : "month", "This value is required."));
					}
					else {
						rows.add(new InvoiceRow(number, contract, month));
					}
				}
			}
			if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(new Problem(0, "file", "The file holds no invoices below its header row."));
			}
		}
		catch (InvalidInputException ex) {
			problems.add(new Problem(0, "file", ex.getMessage()));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new Problem(0, "file", "This is not a readable CSV file: " + ex.getMessage()));
		}
		return new InvoiceRows(rows, problems);
	}

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true).setTrim(true).get();

	static Parsed parse(InputStream file) {
		List<Problem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(CsvText.open(file), FORMAT)) {
			Map<String, Integer> header = new LinkedHashMap<>();
			parser.getHeaderMap().forEach((name, index) -> header.put(name.trim().toLowerCase(Locale.ROOT), index));
			COLUMNS.stream().filter(c -> !c.equals("reverses_reference") && !header.containsKey(c))
					.forEach(c -> problems.add(new Problem(1, c, "This column is missing from the header row.")));
			header.keySet().stream().filter(c -> !COLUMNS.contains(c)).forEach(c -> problems.add(new Problem(1, c,
					"Unknown column; the columns are: " + String.join(", ", COLUMNS) + ".")));
			if (!problems.isEmpty()) {
				return new Parsed(rows, problems);
			}
			int number = 1;
			for (CSVRecord record : parser) {
				number++;
				if (rows.size() >= MAX_ROWS) {
					problems.add(new Problem(number, "file", "At most " + MAX_ROWS + " payments per file."));
					break;
				}
				int before = problems.size();
				int row = number;
				UUID invoice = read(record, header, "invoice_id", UUID::fromString, "an invoice id", row, problems);
				PaymentKind kind = read(record, header, "kind", s -> PaymentKind.valueOf(s.toUpperCase(Locale.ROOT)),
						"PAYMENT, REFUND or CHARGEBACK", row, problems);
				BigDecimal amount = read(record, header, "amount", BigDecimal::new, "an amount, e.g. 1250.00", row, problems);
				LocalDate on = read(record, header, "received_on", LocalDate::parse, "a date as YYYY-MM-DD", row, problems);
				String reference = value(record, header, "reference");
				String reverses = value(record, header, "reverses_reference");
				if (problems.size() == before) {
					rows.add(new Row(row, new NewPayment(invoice, kind, amount, on, reference, null), reverses));
				}
			}
			if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(new Problem(0, "file", "The file holds no payments below its header row."));
			}
		}
		catch (InvalidInputException ex) {
			problems.add(new Problem(0, "file", ex.getMessage()));
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new Problem(0, "file", "This is not a readable CSV file: " + ex.getMessage()));
		}
		return new Parsed(rows, problems);
	}

	private static String value(CSVRecord record, Map<String, Integer> header, String column) {
		Integer index = header.get(column);
		if (index == null || index >= record.size()) {
			return null;
		}
		String value = record.get(index);
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static <T> T read(CSVRecord record, Map<String, Integer> header, String column,
			Function<String, T> parse, String expected, int row, List<Problem> problems) {
		String value = value(record, header, column);
		if (value == null) {
			return null;
		}
		try {
			return parse.apply(value);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			problems.add(new Problem(row, column, "Enter " + expected + ", not \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"."));
			return null;
		}
	}
}
