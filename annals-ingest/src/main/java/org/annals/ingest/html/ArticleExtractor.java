package org.annals.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of a web page and returns it as clean paragraphs, boilerplate removed.
 *
 * <p>The method, in the spirit of readability and trafilatura, in five steps:
 * <ol>
 * <li><b>Prune.</b> Elements that never hold an article's prose are removed: scripts, forms, navigation,
 * asides, footers, figures, hidden elements, and elements whose class or id names a page furniture role
 * (comments, sharing, related links, ads, newsletters, ...) unless it also names content.</li>
 * <li><b>Score.</b> Every paragraph-like block with enough text gives points (for its length and its commas)
 * to its parent, and fewer to its grandparents; a container's score is scaled down by its link density.
 * Paragraphs that end cut short ("...") score little: they are teasers for other pages. The best container
 * wins, and a parent holding several good candidates takes their place.</li>
 * <li><b>Widen.</b> An article cut into sections has its prose spread over cousins: an ancestor that holds
 * clearly more paragraphs of the same make (the same parent tag and class) as the winner's takes its place.</li>
 * <li><b>Gather.</b> Siblings of the winner that scored well, or that are prose paragraphs with few links,
 * join it.</li>
 * <li><b>Emit.</b> The chosen containers are cut into text blocks at block-element boundaries; blocks that are
 * mostly links, or short lines of page furniture ("Advertisement", "Share this"), are dropped.</li>
 * </ol>
 * Nothing here knows a site. Instances are stateless and thread-safe.
 */
public final class ArticleExtractor {

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside",
            "footer", "dialog", "menu", "figure", "figcaption", "picture", "video", "audio", "map", "head",
            "label", "fieldset", "math", "link", "meta");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
            "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "br", "address", "center", "body", "html",
            "figure", "caption", "details", "summary", "hgroup");

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd", "li");

    /** Class and id words of page furniture. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)(^|[-_\\s])(comments?|comment-?list|disqus|share|sharing|social|sociable|related|"
            + "recommend(ed|ations)?|promo|promoted|sponsor(ed)?|ad|ads|advert(isement|ising)?|adslot|banner|"
            + "newsletter|subscribe|subscription|signup|sign-up|paywall|sidebar|side-?bar|widget|breadcrumbs?|"
            + "nav|navbar|navigation|menu|footer|masthead|header|topbar|toolbar|pagination|pager|popup|modal|"
            + "cookie|consent|gdpr|tags?|tagcloud|taxonomy|byline|author-?bio|bio|caption|credit|print|"
            + "hidden|visually-?hidden|sr-only|skip|more-?stories|read-?more|trending|popular|most-?read|"
            + "outbrain|taboola|rss|feed-?list|login|account|meta|dateline|timestamp|tools|utility|"
            + "copyright|legal|disclaimer|teaser|next-?article|prev(ious)?-?article|jump|shoutbox|"
            + "inline-?(ad|promo|related)|video-?player|gallery|slideshow|carousel|image|photo|media|"
            + "embed|tweet|twitter|facebook|instagram|whatsapp|email|contact|correction)($|[-_\\s\\d])");

    /** Class and id words of content. */
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)(^|[-_\\s])(article|articlebody|article-?body|article-?content|article-?text|body|"
            + "content|entry|entry-?content|main|page|post|post-?content|post-?body|text|blog|story|"
            + "story-?body|prose|rich-?text|paragraph|column)($|[-_\\s\\d])");

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private static final Pattern COMMAS = Pattern.compile("[,，、،]");

    /** Short lines that are page furniture wherever they stand. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^\\W*(advertisement|advertising|sponsored( content)?|ad|continue reading( below)?|"
            + "read more|read next|see also|related( articles| stories| content)?|share( this( article| story)?)?|"
            + "share on \\w+|tweet|email|print|comments?|leave a comment|\\d+ comments?|follow us.*|"
            + "sign up.*|subscribe.*|click here.*|story continues below.*|scroll to continue.*|"
            + "(image|photo|video) ?(credit|source)?:.*|loading.*|skip to.*|back to top|more from .*|"
            + "recommended|top stories|most (read|popular)|you may also like|we recommend)\\W*$");

    /** The article found in a page, paragraphs separated by blank lines; empty when none is found. */
    public String extract(org.jsoup.nodes.Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        Element root = body.clone();
        prune(root);
        Map<Element, Double> scores = score(root);
        Element top = widen(best(root, scores), root);
        List<Element> parts = gather(top, scores);
        List<String> blocks = new ArrayList<>();
        for (Element part : parts) {
            emit(part, blocks);
        }
        return String.join("\n\n", filter(blocks));
    }

    /**
     * All the text of an element as paragraphs (scripts and styles left out, nothing judged as boilerplate), for
     * HTML that is known to be content: a feed item's, a JSON dump's.
     */
    public String paragraphs(Element fragment) {
        Element copy = fragment.clone();
        copy.select("script, style, noscript, template, svg").remove();
        List<Block> blocks = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int[] linkChars = {0};
        walk(copy, buf, linkChars, blocks, false, copy.normalName());
        flush(buf, linkChars, blocks, copy.normalName());
        List<String> out = new ArrayList<>();
        blocks.forEach(b -> out.add(b.text()));
        return String.join("\n\n", out);
    }

    // ---- prune ----

    /** Tags dropped whatever they hold: they never carry prose. */
    private static final Set<String> NEVER_PROSE = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "head", "link", "meta", "math", "button", "input", "select", "textarea", "object", "embed");

    private static void prune(Element root) {
        Map<Element, Integer> prose = prose(root);
        int total = prose.getOrDefault(root, 0);
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || !shouldDrop(e)) {
                continue;
            }
            // an element that holds most of the page's prose is the article, whatever its tag or class says
            int own = prose.getOrDefault(e, 0);
            if (!NEVER_PROSE.contains(e.normalName()) && own > 150 && own >= 0.4 * total) {
                continue;
            }
            doomed.add(e);
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /** The length of the prose paragraphs (few links) under each element. */
    private static Map<Element, Integer> prose(Element root) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        for (Element p : root.getElementsByTag("p")) {
            int len = p.text().length();
            if (len < 20 || linkDensity(p) > 0.5) {
                continue;
            }
            for (Element a = p; a != null; a = a.parent()) {
                out.merge(a, len, Integer::sum);
                if (a == root) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean shouldDrop(Element e) {
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && e.text().length() < 200
                || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        if (tag.equals("time") && !inRunningText(e)) {
            return true; // a date standing alone is a dateline, not prose; a date inside a sentence stays
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                || role.equals("banner") || role.equals("dialog") || role.equals("alert")) {
            return true;
        }
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")
                || tag.equals("p")) {
            return false;
        }
        String names = names(e);
        if (names.isEmpty()) {
            return false;
        }
        return NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find();
    }

    private static boolean inRunningText(Element e) {
        for (Node n : e.siblingNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String names(Element e) {
        String id = e.id();
        String cls = e.className();
        return (id + " " + cls).trim();
    }

    // ---- score ----

    private static Map<Element, Double> score(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            String tag = e.normalName();
            String text;
            if (PARAGRAPH_TAGS.contains(tag)) {
                if (tag.equals("li") && e.selectFirst("p") != null) {
                    continue;
                }
                text = e.text();
            } else if ((tag.equals("div") || tag.equals("section") || tag.equals("span"))
                    && ownBlockText(e) >= 80) {
                text = ownText(e);
            } else {
                continue;
            }
            int len = text.length();
            if (len < 25) {
                continue;
            }
            double links = linkDensity(e);
            double points = (1 + COMMAS.matcher(text).results().count() + Math.min(len / 100.0, 3))
                    * (1 - links);
            if (text.endsWith("...") || text.endsWith("\u2026")) {
                points *= 0.2; // a summary cut short is a teaser for another page
            }
            Element p = tag.equals("div") || tag.equals("section") || tag.equals("span") ? e : e.parent();
            double share = 1;
            for (int level = 0; p != null && level < 4; level++) {
                scores.merge(p, points * share, Double::sum);
                share = level == 0 ? 0.5 : share * 0.6;
                p = p.parent();
            }
        }
        Map<Element, int[]> lengths = lengths(root);
        Map<Element, Double> out = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            Element e = en.getKey();
            int[] l = lengths.getOrDefault(e, new int[2]);
            double links = l[0] == 0 ? 0 : Math.min(1.0, l[1] / (double) l[0]);
            out.put(e, en.getValue() * (1 - links) + classWeight(e));
        }
        return out;
    }

    /**
     * The text length and the link text length under every element, in one pass from the leaves up, so that a
     * page of many paragraphs costs time in proportion to its size, not to its size times its depth.
     */
    private static Map<Element, int[]> lengths(Element root) {
        Map<Element, int[]> out = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    out.put(e, new int[2]);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                Node parent = node.parentNode();
                int[] up = node == root || !(parent instanceof Element p) ? null : out.get(p);
                if (node instanceof TextNode t) {
                    if (up != null) {
                        up[0] += t.text().strip().length();
                    }
                } else if (node instanceof Element e) {
                    int[] own = out.get(e);
                    if (e.normalName().equals("a")) {
                        own[1] = own[0];
                    }
                    if (up != null) {
                        up[0] += own[0];
                        up[1] += own[1];
                    }
                }
            }
        }, root);
        return out;
    }

    private static double classWeight(Element e) {
        String names = names(e);
        double w = 0;
        if (POSITIVE.matcher(names).find()) {
            w += 5;
        }
        if (NEGATIVE.matcher(names).find()) {
            w -= 5;
        }
        String ip = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (ip.equals("articlebody") || ip.equals("text")) {
            w += 15;
        }
        if (e.normalName().equals("article")) {
            w += 5;
        }
        return w;
    }

    private static Element best(Element root, Map<Element, Double> scores) {
        Element top = null;
        double topScore = Double.NEGATIVE_INFINITY;
        for (Element e : root.getAllElements()) {
            Double s = scores.get(e);
            if (s != null && s > topScore) {
                top = e;
                topScore = s;
            }
        }
        if (top == null) {
            return root;
        }
        // a parent that holds several good candidates is the article; one that merely wraps the winner is not
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            if (en.getKey() != top && en.getValue() >= topScore * 0.75) {
                alternatives.add(en.getKey());
            }
        }
        if (alternatives.size() >= 2) {
            Element p = top.parent();
            while (p != null && p != root) {
                int inside = 0;
                for (Element a : alternatives) {
                    if (isAncestor(p, a)) {
                        inside++;
                    }
                }
                if (inside >= 2) {
                    top = p;
                    break;
                }
                p = p.parent();
            }
        }
        return top;
    }

    /**
     * An article cut into several sections (by ads, pull quotes or figures) has its prose spread over cousins of
     * the winner. While an ancestor holds clearly more prose of the same make as the winner's (paragraphs whose
     * parents have the tag and class of the winner's paragraph parents), the ancestor is the article; teasers
     * and link lists, made otherwise, do not count.
     */
    private static Element widen(Element top, Element root) {
        Set<String> makes = new java.util.HashSet<>();
        int own = 0;
        for (Element p : top.getElementsByTag("p")) {
            if (isProse(p)) {
                makes.add(make(p.parent()));
                own += p.text().length();
            }
        }
        if (makes.isEmpty()) {
            return top;
        }
        List<Element> ups = new ArrayList<>();
        for (Element up = top.parent(); up != null && up != root && ups.size() < 6; up = up.parent()) {
            ups.add(up);
        }
        // the prose of the same make under each of those ancestors, each paragraph looked at once
        Map<Element, Integer> same = new IdentityHashMap<>();
        Set<Element> wanted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(ups);
        for (Element p : ups.isEmpty() ? List.<Element>of() : ups.get(ups.size() - 1).getElementsByTag("p")) {
            if (!makes.contains(make(p.parent())) || !isProse(p)) {
                continue;
            }
            int len = p.text().length();
            for (Element a = p.parent(); a != null && a != root; a = a.parent()) {
                if (wanted.contains(a)) {
                    same.merge(a, len, Integer::sum);
                }
            }
        }
        Element current = top;
        for (Element up : ups) {
            int more = same.getOrDefault(up, 0);
            if (more >= own * 1.25 && more - own >= 200) {
                current = up;
                own = more;
            }
        }
        return current;
    }

    private static boolean isProse(Element p) {
        return p.text().length() >= 20 && linkDensity(p) <= 0.5;
    }

    private static String make(Element e) {
        return e == null ? "" : e.normalName() + "." + e.className();
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> gather(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double s = scores.getOrDefault(sibling, 0.0);
            if (s >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double ld = linkDensity(sibling);
                if (text.length() > 80 && ld < 0.25 || text.length() > 0 && ld == 0 && text.matches(".*\\.( |$).*")
                        && text.length() > 30) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    // ---- emit ----

    /** A block of text with the share of it that is link text. */
    private record Block(String text, int linkChars, String tag) {
    }

    private static void emit(Element part, List<String> out) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int[] linkChars = {0};
        walk(part, buf, linkChars, blocks, false, part.normalName());
        flush(buf, linkChars, blocks, part.normalName());
        for (Block b : blocks) {
            out.add(keep(b) ? b.text : null);
        }
    }

    private static void walk(Element e, StringBuilder buf, int[] linkChars, List<Block> blocks, boolean inLink,
                             String blockTag) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.getWholeText();
                if (e.normalName().equals("pre")) {
                    buf.append(s);
                } else {
                    appendCollapsed(buf, s);
                }
                if (inLink) {
                    linkChars[0] += s.strip().length();
                }
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                boolean block = BLOCK_TAGS.contains(tag);
                if (tag.equals("br")) {
                    if (buf.length() > 0 && buf.charAt(buf.length() - 1) == '\n') {
                        flush(buf, linkChars, blocks, blockTag);
                    } else {
                        buf.append('\n');
                    }
                    continue;
                }
                if (block) {
                    flush(buf, linkChars, blocks, blockTag);
                    walk(c, buf, linkChars, blocks, inLink, tag);
                    flush(buf, linkChars, blocks, tag);
                } else {
                    walk(c, buf, linkChars, blocks, inLink || tag.equals("a"), blockTag);
                }
            }
        }
    }

    private static void appendCollapsed(StringBuilder buf, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00a0') {
                if (buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ' && buf.charAt(buf.length() - 1) != '\n') {
                    buf.append(' ');
                }
            } else {
                buf.append(ch);
            }
        }
    }

    private static void flush(StringBuilder buf, int[] linkChars, List<Block> blocks, String tag) {
        String text = buf.toString().replaceAll(" *\n *", "\n").strip();
        if (!text.isEmpty()) {
            blocks.add(new Block(text, linkChars[0], tag));
        }
        buf.setLength(0);
        linkChars[0] = 0;
    }

    private static boolean keep(Block b) {
        String text = b.text;
        int len = text.length();
        double ld = len == 0 ? 1 : Math.min(1.0, b.linkChars / (double) len);
        if (ld > 0.5) {
            return false;
        }
        if (len < 60 && FURNITURE.matcher(text).matches()) {
            return false;
        }
        if (ld > 0.3 && len < 100) {
            return false;
        }
        return true;
    }

    private static List<String> filter(List<String> blocks) {
        // headings and short lines stand only when prose follows them
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String b : blocks) {
            if (b == null) {
                continue;
            }
            if (b.length() > 40 && seen.merge(b, 1, Integer::sum) > 1) {
                continue;
            }
            out.add(b);
        }
        while (!out.isEmpty() && isShortTail(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean isShortTail(String s) {
        return s.length() < 25 && !s.matches(".*[.!?\"”]$");
    }

    // ---- helpers ----

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    private static String ownText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            } else if (n instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
                b.append(c.text());
            }
        }
        return b.toString().strip();
    }

    private static int ownBlockText(Element e) {
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += t.text().strip().length();
            }
        }
        return n;
    }
}
