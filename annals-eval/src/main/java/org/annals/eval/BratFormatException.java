package org.annals.eval;

/** A brat standoff file that cannot be read; the message names the file and the line. */
public final class BratFormatException extends Exception {

    public BratFormatException(String message) {
        super(message);
    }
}
