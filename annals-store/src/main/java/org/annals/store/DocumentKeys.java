package org.annals.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.annals.core.model.Document;

/** What a store recognises a document by: the hash of its text, and its URL when it has one. */
public final class DocumentKeys {

    private DocumentKeys() {
    }

    /** The SHA-256 of the text in UTF-8, in hex. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * The document's URL: the metadata field {@code url}, else its origin when that is an http(s) address, else
     * {@code null} (a file has no URL: its content hash alone identifies it).
     */
    public static String url(Document d) {
        String url = d.metadata().get("url").orElse(null);
        if (url != null && !url.isBlank()) {
            return url.strip();
        }
        String origin = d.metadata().origin().toLowerCase(Locale.ROOT);
        return origin.startsWith("http://") || origin.startsWith("https://") ? d.metadata().origin() : null;
    }
}
