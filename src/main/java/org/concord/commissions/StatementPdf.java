package org.concord.commissions;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A partner's statements as a PDF: the figures, then every ledger line, one statement per currency. */
final class StatementPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
	private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private StatementPdf() {
	}

	static byte[] of(List<Statement> statements, String partnerName, YearMonth month) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Commission statement " + month + " · " + partnerName, TITLE));
		if (statements.isEmpty()) {
			document.add(new Paragraph("No commission booked.", BODY));
		}
		for (Statement s : statements) {
			document.add(new Paragraph(" ", BODY));
			PdfPTable figures = new PdfPTable(5);
			figures.setWidthPercentage(100);
			for (String head : List.of("Opening balance", "Earned", "Reversed", "Paid out", "Closing balance")) {
				figures.addCell(cell(head + " (" + s.currency() + ")", HEAD));
			}
			for (var amount : List.of(s.opening(), s.earned(), s.reversed(), s.paid(), s.closing())) {
				figures.addCell(number(amount.amount().toPlainString()));
			}
			document.add(figures);
			document.add(new Paragraph(" ", BODY));
			PdfPTable lines = new PdfPTable(new float[] { 2, 5, 3, 2, 1.5f, 2, 2 });
			lines.setWidthPercentage(100);
			lines.setHeaderRows(1);
			for (String head : List.of("Booked", "Subscriber", "Commission", "For", "Rate", "Base", "Amount")) {
				lines.addCell(cell(head, HEAD));
			}
			for (LedgerLine line : s.lines()) {
				lines.addCell(cell(line.bookedOn().toString(), BODY));
				lines.addCell(cell(line.subscriber(), BODY));
				lines.addCell(cell(line.kind().label(), BODY));
				lines.addCell(cell(line.paymentKind().name(), BODY));
				lines.addCell(number(line.rate().toPlainString()));
				lines.addCell(number(line.base().amount().toPlainString()));
				lines.addCell(number(line.amount().amount().toPlainString()));
			}
			document.add(lines);
		}
		document.close();
		return out.toByteArray();
	}

	private static PdfPCell cell(String text, Font font) {
		return new PdfPCell(new Phrase(text == null ? "" : text, font));
	}

	private static PdfPCell number(String text) {
		PdfPCell cell = cell(text, BODY);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}
}
