package com.connectgateway.sandbox.v3;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG encoder (8-bit RGB, one IDAT chunk) built on the JDK's Deflater and CRC32 only:
 * java.awt and ImageIO do not work in native images.
 */
final class PngImages {

    /** The colour of each pixel as 0xRRGGBB. */
    @FunctionalInterface
    interface Pixels {
        int rgb(int x, int y);
    }

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte FILTER_SUB = 1;

    private PngImages() {
    }

    static byte[] encode(int width, int height, Pixels pixels) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("A PNG needs at least one pixel: " + width + "x" + height);
        }
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB, no interlace
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", deflate(scanlines(width, height, pixels)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /**
     * Each row is stored with the "Sub" filter (difference to the pixel on the left), which turns
     * flat and smoothly shaded rows into runs of zeros that deflate to almost nothing.
     */
    private static byte[] scanlines(int width, int height, Pixels pixels) {
        int stride = 1 + width * 3;
        byte[] raw = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            int row = y * stride;
            raw[row] = FILTER_SUB;
            int previous = 0;
            for (int x = 0; x < width; x++) {
                int rgb = pixels.rgb(x, y);
                int at = row + 1 + x * 3;
                raw[at] = (byte) (((rgb >> 16) & 0xFF) - ((previous >> 16) & 0xFF));
                raw[at + 1] = (byte) (((rgb >> 8) & 0xFF) - ((previous >> 8) & 0xFF));
                raw[at + 2] = (byte) ((rgb & 0xFF) - (previous & 0xFF));
                previous = rgb;
            }
        }
        return raw;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 16));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
