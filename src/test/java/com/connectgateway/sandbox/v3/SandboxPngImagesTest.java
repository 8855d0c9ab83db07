package com.connectgateway.sandbox.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The PNG encoder, checked by decoding its output with an independent reader. */
class SandboxPngImagesTest {

    @Test
    void encodesEveryPixelExactly() throws DataFormatException {
        int width = 37;
        int height = 11;
        PngImages.Pixels pixels = (x, y) -> (x * 7 & 0xFF) << 16 | (y * 23 & 0xFF) << 8 | (x * y & 0xFF);
        byte[] png = PngImages.encode(width, height, pixels);

        ByteBuffer in = ByteBuffer.wrap(png);
        byte[] signature = new byte[8];
        in.get(signature);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        String type;
        int chunkWidth = 0;
        int chunkHeight = 0;
        do {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(in.getInt()).isEqualTo((int) crc.getValue());
            type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            ByteBuffer data = ByteBuffer.wrap(typeAndData, 4, length);
            if (type.equals("IHDR")) {
                chunkWidth = data.getInt();
                chunkHeight = data.getInt();
                assertThat(data.get()).isEqualTo((byte) 8);
                assertThat(data.get()).isEqualTo((byte) 2);
            } else if (type.equals("IDAT")) {
                idat.write(typeAndData, 4, length);
            }
        } while (!type.equals("IEND"));
        assertThat(in.hasRemaining()).isFalse();
        assertThat(chunkWidth).isEqualTo(width);
        assertThat(chunkHeight).isEqualTo(height);

        Inflater inflater = new Inflater();
        inflater.setInput(idat.toByteArray());
        int stride = 1 + width * 3;
        byte[] raw = new byte[stride * height];
        assertThat(inflater.inflate(raw)).isEqualTo(raw.length);
        assertThat(inflater.finished()).isTrue();
        for (int y = 0; y < height; y++) {
            assertThat(raw[y * stride]).isEqualTo((byte) 1);
            int[] previous = { 0, 0, 0 };
            for (int x = 0; x < width; x++) {
                int[] rgb = new int[3];
                for (int c = 0; c < 3; c++) {
                    rgb[c] = (raw[y * stride + 1 + x * 3 + c] + previous[c]) & 0xFF;
                }
                assertThat(rgb[0] << 16 | rgb[1] << 8 | rgb[2]).isEqualTo(pixels.rgb(x, y));
                previous = rgb;
            }
        }
    }

    @Test
    void flatRowsCompressWell() {
        byte[] png = PngImages.encode(612, 408, (x, y) -> y * 0x010203 & 0xFFFFFF);
        assertThat(png.length).isLessThan(4_000);
    }
}
