package org.annals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a document list names an article: its title header, else its first line that is not a dateline. */
class CatalogTest {

    @Test
    void a_title_header_names_the_article() {
        assertEquals("Farmers block the ring road", Catalog.title("Source: X\nTitle: Farmers block the ring road\n\nText."));
        assertEquals("Talks resume", Catalog.title("Headline: Talks resume\nDate: 2024-06-13\n"));
    }

    @Test
    void a_dateline_is_passed_over_for_the_headline_under_it() {
        assertEquals("Ministers meet in Ankara", Catalog.title("Published 9 August 2022\n\nMinisters meet in Ankara\n"));
        assertEquals("Ministers meet in Ankara", Catalog.title("Wire | Thursday 18 January 2024 | 15:42 GMT\n"
                + "Ministers meet in Ankara"));
    }

    @Test
    void a_text_of_datelines_only_is_named_by_its_first_line() {
        assertEquals("September 6, 2023", Catalog.title("\nSeptember 6, 2023\n"));
        assertEquals("", Catalog.title("   \n"));
    }
}
