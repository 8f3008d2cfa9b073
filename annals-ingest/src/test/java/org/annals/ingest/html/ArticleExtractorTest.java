package org.annals.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Finding the article in a page: its paragraphs stay, the page furniture around them goes. */
class ArticleExtractorTest {

    private static final String P1 = "The harbour authority reopened the northern port on Friday after a week of "
            + "strikes, a spokeswoman said, and the first ferries left at noon.";
    private static final String P2 = "Dock workers had walked out over pay, and the talks, which were led by a "
            + "mediator from the labour ministry, lasted for six days.";
    private static final String P3 = "\"We are glad it is over,\" said one captain, whose boat had been waiting "
            + "outside the harbour since Monday, with a cargo of grain.";

    private static String body(String html) {
        return HtmlArticle.parse(html, "https://port.example/news/1").body();
    }

    @Test
    void theArticleIsItsParagraphsSeparatedByBlankLines() {
        String html = "<html><body><div id=\"wrap\"><div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p></div></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
    }

    @Test
    void navigationAdsCommentsRelatedLinksFootersAndShareWidgetsAreRemoved() {
        String html = """
                <html><body>
                <div class="top-menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
                <div class="content-wrapper"><div class="main-column">
                  <div class="ad-slot">Advertisement</div>
                  <p>%s</p>
                  <div class="social-share"><a href="#">Facebook</a><a href="#">Twitter</a><span>Share this article</span></div>
                  <p>%s</p>
                  <div class="inline-related"><b>Read more:</b> <a href="/x">Ferry timetable changes for spring</a></div>
                  <p>%s</p>
                  <div class="newsletter-signup"><p>Sign up for our morning briefing, delivered every day at seven.</p></div>
                </div>
                <div class="comments-area"><p>First! This is a long comment that readers left under the story, with opinions.</p></div>
                </div>
                <ul class="more-links"><li><a href="/a">Strike talks collapse again as workers reject the latest offer</a></li>
                <li><a href="/b">Minister promises new funding for the harbour and its workers</a></li></ul>
                <div class="site-footer"><p>Copyright 2023 Port News. All rights reserved. Terms of use.</p></div>
                </body></html>
                """.formatted(P1, P2, P3);
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
    }

    @Test
    void headingsAndListsInsideTheArticleAreKept() {
        String html = "<html><body><nav><a href=/>Home</a></nav><article><p>" + P1 + "</p><h2>What happens next</h2>"
                + "<ul><li>Ferries run on the winter timetable until April.</li><li>Cargo ships are handled first, "
                + "in order of arrival.</li></ul><p>" + P2 + "</p></article></body></html>";
        assertEquals(P1 + "\n\nWhat happens next\n\nFerries run on the winter timetable until April.\n\n"
                + "Cargo ships are handled first, in order of arrival.\n\n" + P2, body(html));
    }

    @Test
    void theContainerWithTheMostProseWinsOverALongListOfLinks() {
        StringBuilder links = new StringBuilder("<div class=\"list\">");
        for (int i = 0; i < 40; i++) {
            links.append("<p><a href=\"/s").append(i).append("\">Another headline about something else, number ")
                    .append(i).append(", that readers might click on</a></p>");
        }
        links.append("</div>");
        String html = "<html><body>" + links + "<div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
    }

    @Test
    void anElementHoldingMostOfThePagesProseIsKeptWhateverItsClassSays() {
        // a theme that calls its whole page a "header-style" wrapper must not lose the article
        String html = "<html><body><div class=\"wrapper header-style-2\"><div class=\"post\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
    }

    @Test
    void anArticleCutIntoSectionsIsReadWhole() {
        String p4 = "Ferry operators said they expected the timetable to return to normal by the weekend, though "
                + "some crossings would still be delayed.";
        String p5 = "The union said its members would vote on the agreement next month, and that a second strike "
                + "could not be ruled out.";
        String html = "<html><body><div class=\"page\">"
                + "<div class=\"row\"><div class=\"col\"><div class=\"body-part\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + p4 + "</p></div></div></div>"
                + "<div class=\"row\"><div class=\"promo-box\">Subscribe today for one euro a week!</div></div>"
                + "<div class=\"row\"><div class=\"col\"><div class=\"body-part\"><p>" + P3 + "</p><p>" + p5
                + "</p></div></div></div>"
                + "<div class=\"row\"><div class=\"teasers\"><div class=\"teaser\"><span>Talks on the harbour's "
                + "future will go on next week, when the minister visits the port with the mayor and "
                + "unions.</span></div></div></div></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + p4 + "\n\n" + P3 + "\n\n" + p5, body(html));
    }

    @Test
    void summariesCutShortAreTeasersForOtherPagesAndLoseToTheArticle() {
        StringBuilder ticker = new StringBuilder("<div class=\"ticker\">");
        for (int i = 0; i < 8; i++) {
            ticker.append("<div><b>Headline ").append(i).append("</b> <span>CITY: The council, after a long "
                    + "meeting on Tuesday evening, decided that the new bridge, which was planned years ago, will "
                    + "finally be built, and the works...</span></div>");
        }
        ticker.append("</div>");
        String html = "<html><body>" + ticker + "<div class=\"main\"><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "</body></html>";
        assertEquals(P1 + "\n\n" + P2, body(html));
    }

    @Test
    void hiddenElementsAndScriptsAreNotText() {
        String html = "<html><body><div><p>" + P1 + "</p><p style=\"display:none\">Hidden teaser text that no "
                + "reader sees on the page at all.</p><script>var x = 'not text';</script><p hidden>Also hidden "
                + "from every reader of the page.</p><p>" + P2 + "</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(html));
    }

    @Test
    void metadataComesFromOpenGraphJsonLdTimeAndCanonicalLinks() {
        String html = """
                <html lang="en-GB"><head><title>Port reopens - Port News</title>
                <link rel="canonical" href="https://port.example/news/port-reopens">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","name":"Port News"},
                  {"@type":"NewsArticle","headline":"Port reopens after strike","datePublished":"2023-03-10T07:15:00Z",
                   "author":[{"@type":"Person","name":"Jo Lee"},{"@type":"Person","name":"Sam Roe"}]}]}</script>
                </head><body><article><time datetime="2023-03-11">11 March</time><p>%s</p></article></body></html>
                """.formatted(P1);
        HtmlArticle a = HtmlArticle.parse(html, null);
        assertEquals("Port reopens after strike", a.title());
        assertEquals("Jo Lee, Sam Roe", a.author());
        assertEquals(LocalDate.of(2023, 3, 10), a.published(), "datePublished before <time>");
        assertEquals("https://port.example/news/port-reopens", a.url());
        assertEquals("en-GB", a.language());
        assertEquals("Port reopens after strike\n\n" + P1, a.text(), "the title line first, then the body");
    }

    @Test
    void aTimeElementGivesTheDateWhenNothingElseDoes() {
        String html = "<html><head><title>Port reopens</title></head><body><article><time datetime=\"2021-11-23T10:00"
                + "\">Tuesday</time><p>" + P1 + "</p></article></body></html>";
        assertEquals(LocalDate.of(2021, 11, 23), HtmlArticle.parse(html, null).published());
    }

    @Test
    void aPageIsDecodedByTheCharsetItDeclares() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Порт</title></head><body><p>Порт снова "
                + "открыт после забастовки, сообщили в администрации порта в пятницу утром.</p></body></html>";
        HtmlArticle a = HtmlArticle.parse(html.getBytes(Charset.forName("windows-1251")), null);
        assertEquals("Порт", a.title());
        assertTrue(a.body().startsWith("Порт снова открыт"), a.body());
    }

    @Test
    void aPageThatDeclaresNoCharsetAndIsNotUtf8IsReadAsWindows1252() {
        String html = "<html><body><p>The caf\u00e9 by the harbour reopened on Friday, its owner said, after a week "
                + "in which the strike kept \u201cevery\u201d customer away.</p></body></html>";
        HtmlArticle a = HtmlArticle.parse(html.getBytes(Charset.forName("windows-1252")), null);
        assertTrue(a.body().startsWith("The caf\u00e9 by the harbour"), a.body());
        assertTrue(a.body().contains("\u201cevery\u201d"), a.body());
    }

    @Test
    void aPageWithoutProseHasNoBody() {
        HtmlArticle a = HtmlArticle.parse("<html><head><title>Index</title></head><body><nav><a href=/a>A</a>"
                + "<a href=/b>B</a></nav><footer>Contact</footer></body></html>", null);
        assertEquals("", a.body());
        assertFalse(a.text().isEmpty(), "the title alone is still the text");
    }
}
