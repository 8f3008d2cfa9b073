package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One input to read: a file, an archive entry, a page fetched from a URL.
 *
 * @param name what it is called in messages ({@code corpus/a.zip!/b.html})
 * @param shortName the document source name ({@code b.html})
 * @param opener opens its bytes afresh
 * @param size its size in bytes when known, else -1
 * @param nesting how many archives it lies inside
 */
record Input(String name, String shortName, Opener opener, long size, int nesting) {

    /** Opens an input's bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    static Input ofBytes(String name, String shortName, byte[] bytes, int nesting) {
        return new Input(name, shortName, () -> new java.io.ByteArrayInputStream(bytes), bytes.length, nesting);
    }
}
