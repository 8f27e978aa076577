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

class StatementCsvTests {

	@Test
	void textASpreadsheetWouldRunAsAFormulaIsNeutralisedButAmountsStayNumbers() {
		var line = new LedgerLine(UUID.randomUUID(), UUID.randomUUID(), PaymentKind.REFUND, UUID.randomUUID(),
				"=HYPERLINK(\"http://evil.example\",\"click\")", UUID.randomUUID(), null, CommissionKind.REGISTRATION,
				new BigDecimal("0.05"), Money.of(new BigDecimal("-400"), "CAD"), Money.of(new BigDecimal("-20"), "CAD"),
				LocalDate.of(2026, 12, 3));
		var statement = new Statement(PartnerId.random(), "@Acme +Partners", YearMonth.of(2026, 12), "CAD", Money.zero("CAD"),
				Money.zero("CAD"), Money.of(new BigDecimal("-20"), "CAD"), Money.zero("CAD"), Money.of(new BigDecimal("-20"), "CAD"),
				List.of(line));
		String csv = StatementCsv.of(List.of(statement));
		assertThat(csv).contains("'=HYPERLINK").contains("'@Acme +Partners").contains(",-20.00").contains(",-400.00")
				.doesNotContain(",=HYPERLINK").doesNotContain(",@Acme");
		assertThat(StatementCsv.text("-1+1")).isEqualTo("'-1+1");
		assertThat(StatementCsv.text("\tcmd")).isEqualTo("'\tcmd");
		assertThat(StatementCsv.text("Harbour Clinics")).isEqualTo("Harbour Clinics");
	}
}
