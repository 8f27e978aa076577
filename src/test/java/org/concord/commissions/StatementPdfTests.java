package org.concord.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class StatementPdfTests {

	@Test
	void thePdfHoldsTheFiguresAndEveryLine() throws Exception {
		var line = new LedgerLine(UUID.randomUUID(), UUID.randomUUID(), PaymentKind.PAYMENT, UUID.randomUUID(),
				"Harbourview Clinics", UUID.randomUUID(), null, CommissionKind.REGISTRATION, new BigDecimal("0.05"),
				Money.of(new BigDecimal("1250"), "CAD"), Money.of(new BigDecimal("62.50"), "CAD"), LocalDate.of(2026, 12, 3));
		var statement = new Statement(PartnerId.random(), "Northwind", YearMonth.of(2026, 12), "CAD", Money.zero("CAD"),
				Money.of(new BigDecimal("62.50"), "CAD"), Money.zero("CAD"), Money.zero("CAD"), Money.of(new BigDecimal("62.50"), "CAD"),
				List.of(line));
		byte[] pdf = StatementPdf.of(List.of(statement), "Northwind Safety Consulting", YearMonth.of(2026, 12));
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PdfReader reader = new PdfReader(pdf)) {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("Commission statement 2026-12", "Northwind Safety Consulting", "Harbourview Clinics", "62.50",
					"Registration commission");
		}
	}
}
