package com.marketplace.tenancy.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketplace.platform.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogosTest {

  private static byte[] png() throws Exception {
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  @Test
  void acceptsARealImageByItsContent() throws Exception {
    assertThat(Logos.check(png())).isEqualTo("image/png");
  }

  @Test
  void refusesContentThatIsNoImage() {
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertThatThrownBy(() -> Logos.check(elf))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("PNG, JPEG, GIF or WebP");
    assertThatThrownBy(() -> Logos.check("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesOversizedLogo() throws Exception {
    byte[] big = new byte[Logos.MAX_BYTES + 1];
    byte[] header = png();
    System.arraycopy(header, 0, big, 0, header.length);
    assertThatThrownBy(() -> Logos.check(big)).hasMessageContaining("512 KB");
  }
}
