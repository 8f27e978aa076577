package org.concord.commissions;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A statement as CSV. Text that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a
 * carriage return, e.g. a subscriber named "=HYPERLINK(...)") is prefixed with an apostrophe; amounts are
 * written by us as plain numbers.
 */
final class StatementCsv {

	private StatementCsv() {
	}

	static String of(List<Statement> statements) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			csv.printRecord("partner", "month", "currency", "line", "booked_on", "subscriber", "commission", "payment", "rate",
					"base", "amount");
			for (Statement s : statements) {
				String partner = text(s.partnerName());
				String month = s.month().toString();
				csv.printRecord(partner, month, s.currency(), "opening balance", "", "", "", "", "", "", s.opening().amount());
				for (LedgerLine line : s.lines()) {
					csv.printRecord(partner, month, s.currency(), "entry", line.bookedOn(), text(line.subscriber()),
							line.kind().label(), line.paymentKind(), line.rate().toPlainString(), line.base().amount(),
							line.amount().amount());
				}
				csv.printRecord(partner, month, s.currency(), "earned", "", "", "", "", "", "", s.earned().amount());
				csv.printRecord(partner, month, s.currency(), "reversed", "", "", "", "", "", "", s.reversed().amount());
				csv.printRecord(partner, month, s.currency(), "paid", "", "", "", "", "", "", s.paid().amount());
				csv.printRecord(partner, month, s.currency(), "closing balance", "", "", "", "", "", "", s.closing().amount());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Neutralises a cell a spreadsheet would run as a formula. */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}
}
