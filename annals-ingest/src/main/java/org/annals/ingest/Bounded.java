package org.annals.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading with limits, so that no input can take more memory than the options allow. */
final class Bounded {

    private Bounded() {
    }

    /** Thrown when an archive expands beyond its budget. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    /** Reads at most {@code max} bytes; returns null when the stream holds more. */
    static byte[] read(InputStream in, long max) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        return b.length > max ? null : b;
    }

    /** A stream that fails with {@link TooLargeException} once more than {@code budget} bytes are read from it. */
    static InputStream budget(InputStream in, long budget, String what) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            private void add(long n) throws TooLargeException {
                count += n;
                if (count > budget) {
                    throw new TooLargeException(what + " expands beyond " + budget + " bytes (an archive bomb?)");
                }
            }
        };
    }
}
