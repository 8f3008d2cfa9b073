package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.html.HtmlArticle;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds, read with Rome: each item is an article whose text is its title and its
 * content (or, lacking that, its description), HTML reduced to paragraphs; its link, author and publication
 * date (else its update date) are kept. Items come in feed order, named {@code feed.xml#N} (N from 1). A feed
 * that is not well-formed XML or not a feed is one problem item.
 */
final class Feeds {

    private Feeds() {
    }

    static Iterator<SourceItem> items(Input in, byte[] bytes, SourceOptions options) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            return Sources.one(in.name(), "not a valid feed: " + firstLine(Sources.reason(e)));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return Sources.one(in.name(), "feed without items");
        }
        List<SyndEntry> copy = new ArrayList<>(entries);
        String feedTitle = feed.getTitle() == null ? "" : feed.getTitle();
        return new Lazy<>() {
            private int n;

            @Override
            protected SourceItem compute() {
                if (n >= copy.size()) {
                    return null;
                }
                SyndEntry e = copy.get(n++);
                String name = in.name() + "#" + n;
                try {
                    return item(e, name, in.shortName() + "#" + n, feedTitle, options);
                } catch (RuntimeException ex) {
                    return SourceItem.failed(name, "broken feed item: " + Sources.reason(ex));
                }
            }
        };
    }

    private static SourceItem item(SyndEntry e, String name, String source, String feedTitle, SourceOptions options) {
        String title = e.getTitle() == null ? "" : HtmlArticle.fragmentText(e.getTitle()).replace('\n', ' ').strip();
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                html.append(c.getValue()).append('\n');
            }
        }
        if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            html.append(e.getDescription().getValue());
        }
        String body = HtmlArticle.fragmentText(html.toString());
        String text = title.isEmpty() ? body : body.isEmpty() || body.startsWith(title) ? title : title + "\n\n" + body;
        Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate published = when == null ? null : when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("title", title);
        extra.put("url", e.getLink());
        extra.put("author", e.getAuthor());
        extra.put("feed", feedTitle);
        return Articles.item(name, source, name, text, published, extra, options, "feed item without title or text");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
