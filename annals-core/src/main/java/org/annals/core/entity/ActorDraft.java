package org.annals.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annals.core.kb.Entry;
import org.annals.core.model.MentionKind;

/** The mentions gathered for one actor. */
final class ActorDraft {
    final List<Draft> drafts = new ArrayList<>();

    String key() {
        return drafts.get(0).actorKey;
    }

    Entry entry() {
        for (Draft d : drafts) {
            if (d.entry != null) {
                return d.entry;
            }
        }
        return null;
    }

    /** The longest name mention. */
    Draft name() {
        Draft best = null;
        for (Draft d : drafts) {
            if (d.kind == MentionKind.NAME && (best == null || d.end - d.start > best.end - best.start)) {
                best = d;
            }
        }
        return best;
    }

    /** The first mention that says more than a role ("Brussels police" rather than "police"), else the first. */
    Draft described() {
        for (Draft d : drafts) {
            if (!d.bare) {
                return d;
            }
        }
        return drafts.get(0);
    }

    /** True when every mention is a role named alone ("police", "the government"). */
    boolean bareOnly() {
        for (Draft d : drafts) {
            if (!d.bare) {
                return false;
            }
        }
        return true;
    }

    /** The first title that gives a role, with the first country any title gives. */
    Title title() {
        Title role = null;
        String country = null;
        for (Draft d : drafts) {
            if (d.title == null) {
                continue;
            }
            if (role == null && d.title.role() != null) {
                role = d.title;
            }
            if (country == null) {
                country = d.title.country();
            }
        }
        if (role == null) {
            return country == null ? null : new Title(null, country, null, -1);
        }
        return role.country() == null && country != null ? role.withCountry(country) : role;
    }

    /** True when this actor is known by the role {@code phrase} (lower case): one of its titles or offices. */
    boolean hasTitle(String phrase) {
        if (phrase == null) {
            return false;
        }
        for (Draft d : drafts) {
            if (d.title != null && phrase.equals(d.title.phrase())) {
                return true;
            }
            if (d.entry != null) {
                for (var o : d.entry.offices()) {
                    if (o.title() != null && o.title().toLowerCase(Locale.ROOT).equals(phrase)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
