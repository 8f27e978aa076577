package org.concord.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.springframework.stereotype.Component;

/**
 * Seed 004's co-branded collateral: the vendor's PDF template with the partner's own name and contact set in a band
 * along the foot of every page. A template is at most 10 MB, so it is stamped in memory.
 */
@Component
class CoBranding {

	/** Who the collateral comes from: the partner company, its website, and the person who downloads it. */
	record Presenter(String company, String website, String person, String email, String phone) {

		String line() {
			StringBuilder text = new StringBuilder("Presented by ").append(company);
			if (website != null && !website.isBlank()) {
				text.append(" · ").append(website);
			}
			text.append(" · ").append(person).append(", ").append(email);
			if (phone != null && !phone.isBlank()) {
				text.append(", ").append(phone);
			}
			return text.toString();
		}
	}

	byte[] stamp(InputStream template, Presenter presenter) {
		try (template; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfReader reader = new PdfReader(template);
			PdfStamper stamper = new PdfStamper(reader, out);
			Font font = new Font(Font.HELVETICA, 9, Font.NORMAL);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				Rectangle size = reader.getPageSizeWithRotation(page);
				PdfContentByte canvas = stamper.getOverContent(page);
				canvas.saveState();
				canvas.setRGBColorFill(245, 247, 250);
				canvas.rectangle(size.getLeft(), size.getBottom(), size.getWidth(), 22);
				canvas.fill();
				canvas.restoreState();
				ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(presenter.line(), font),
						(size.getLeft() + size.getRight()) / 2, size.getBottom() + 7, 0);
			}
			stamper.close();
			reader.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("The template could not be stamped", ex);
		}
	}
}
