package org.concord.training;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.concord.identity.TestAccounts;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** Courses and held certifications, made through the services as the vendor admin and the person would. */
@Component
public class TrainingFixtures {

	private final Courses courses;
	private final Certifications certifications;
	private final Training training;
	private final TestAccounts accounts;

	TrainingFixtures(Courses courses, Certifications certifications, Training training, TestAccounts accounts) {
		this.courses = courses;
		this.certifications = certifications;
		this.training = training;
		this.accounts = accounts;
	}

	/** A published course with a link and a PDF, no quiz: its id. */
	public UUID publishedCourse() {
		return accounts.as("admin", () -> {
			String u = UUID.randomUUID().toString().substring(0, 8);
			UUID id = courses.create(new CourseDetails("Course " + u, null, "https://learn.example/" + u, null, true, List.of())).id();
			courses.attachFile(id, "course.pdf", samplePdf());
			return id;
		});
	}

	/** A one-page PDF. */
	public static byte[] samplePdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("Course handbook"));
		document.close();
		return out.toByteArray();
	}

	/** A certification of one course, which the person then passes: the held certification's id. */
	public UUID heldBy(String username) {
		UUID course = publishedCourse();
		accounts.as("admin", () -> certifications.define("Certified " + UUID.randomUUID().toString().substring(0, 8), 12,
				Set.of(course)));
		accounts.as(username, () -> training.attempt(course, List.of()));
		return accounts.as(username, training::mine).certifications().getFirst().id();
	}
}
