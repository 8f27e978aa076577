package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageTypesTests {

	@Test
	void knowsImagesByTheirBytes() {
		assertThat(ImageTypes.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 })).contains("image/png");
		assertThat(ImageTypes.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains("image/jpeg");
		assertThat(ImageTypes.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).contains("image/webp");
	}

	@Test
	void refusesAnythingElseWhateverItsName() {
		assertThat(ImageTypes.sniff("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageTypes.sniff("GIF89a".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageTypes.sniff(new byte[0])).isEmpty();
	}
}
