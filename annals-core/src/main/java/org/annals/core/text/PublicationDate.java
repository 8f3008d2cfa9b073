package org.annals.core.text;

import java.time.LocalDate;

import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Publication;
import org.annals.core.model.Span;
import org.annals.core.pipeline.Stage;

/**
 * The publication date: from the document's metadata when the source gave one, else from a date in the
 * header block at the top of the text, else unknown. Never guessed from dates in the body.
 */
public final class PublicationDate implements Stage {

    @Override
    public Analysis apply(Analysis in) {
        LocalDate meta = in.document().metadata().published();
        if (meta != null) {
            return in.withPublication(new Publication(meta, "metadata", Span.NONE));
        }
        for (Block b : in.blocks()) {
            if (b.kind() == Block.Kind.TITLE) {
                continue;
            }
            if (b.kind() != Block.Kind.HEADER) {
                break;
            }
            String line = in.normalized().substring(b.span().start(), b.span().end());
            LocalDate d = Layout.headerDate(line);
            if (d != null) {
                return in.withPublication(new Publication(d, "header", b.span()));
            }
        }
        return in.withPublication(Publication.UNKNOWN);
    }
}
