package org.annals.core.model;

/** A problem a stage met in the text (never an exception for bad text): which stage, what, and where. */
public record Diagnostic(String stage, String message, Span span) {
}
