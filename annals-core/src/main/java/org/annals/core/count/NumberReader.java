package org.annals.core.count;

import java.util.List;

import org.annals.core.count.CountLexicon.Hit;
import org.annals.core.count.CountLexicon.Role;
import org.annals.core.model.Token;

/**
 * Reads the number that starts at a token: digits with thousands separators and decimals ({@code 40,000},
 * {@code 1.5}), a scale glued to them ({@code 15m}, {@code 2bn}), number words ({@code twenty-five},
 * {@code two hundred and fifty}, {@code a dozen}), scales after either ({@code 1.5 million}, {@code three
 * thousand}) and vague numbers ({@code dozens of}). Dates, times, ordinals and decades ({@code 2021-11-23},
 * {@code 10:30}, {@code 7th}, {@code 1990s}) are not numbers here.
 */
final class NumberReader {

    private final CountLexicon lex;

    NumberReader(CountLexicon lex) {
        this.lex = lex;
    }

    /** The number that starts at token {@code i} and ends by {@code limit}, or {@code null}. */
    Amount read(List<Token> tokens, int i, int limit) {
        Hit vague = lex.at(Role.VAGUE, tokens, i, limit);
        if (vague != null) {
            return new Amount(i, vague.end(), vague.number(), true, false);
        }
        double total = 0;
        double current = -1;
        boolean tens = false;
        int j = i;
        boolean year = false;
        while (j < limit) {
            Token t = tokens.get(j);
            String w = t.text();
            if (t.kind() == Token.Kind.NUMBER) {
                if (current >= 0 || j > i && total > 0) {
                    break;
                }
                current = digits(w);
                if (Double.isNaN(current)) {
                    return null;
                }
                year = isYearShape(w);
                tens = false;
                j++;
                continue;
            }
            Hit word = lex.at(Role.NUMBER, tokens, j, j + 1);
            if (word != null) {
                double n = word.number();
                if (current < 0 || current == 0 && total > 0) {
                    current = n;
                } else if (tens && n < 10 || current > 0 && current % 100 == 0 && n < 100) {
                    current += n;
                } else {
                    break;
                }
                tens = n >= 20 && n % 10 == 0;
                j++;
                if (tens && j + 1 < limit && tokens.get(j).text().equals("-")
                        && lex.at(Role.NUMBER, tokens, j + 1, j + 2) != null) {
                    j++;
                }
                continue;
            }
            Hit scale = lex.at(Role.SCALE, tokens, j, j + 1);
            if (scale != null) {
                boolean article = current < 0 && j == i + 1 && isArticle(tokens.get(i).text());
                if (current < 0 && !article) {
                    return null;
                }
                double base = current < 0 ? 1 : current;
                double s = scale.number();
                if (s < 1000) {
                    current = base * s;
                } else {
                    total += base * s;
                    current = 0;
                }
                year = false;
                tens = false;
                j++;
                continue;
            }
            if (j == i && isArticle(w) && j + 1 < limit && lex.at(Role.SCALE, tokens, j + 1, j + 2) != null) {
                j++;
                continue;
            }
            if (w.equalsIgnoreCase("and") && current > 0 && current % 100 == 0 && j + 1 < limit
                    && lex.at(Role.NUMBER, tokens, j + 1, j + 2) != null) {
                j++;
                continue;
            }
            break;
        }
        if (current < 0 && total == 0 || j == i) {
            return null;
        }
        return new Amount(i, j, total + Math.max(current, 0), false, year && j == i + 1);
    }

    /** The value of a digit token ({@code 40,000}, {@code 1.5}, {@code 15m}), or NaN when it is no count. */
    double digits(String w) {
        int k = 0;
        double value = 0;
        double scale = 1;
        boolean decimal = false;
        int sinceComma = -1;
        while (k < w.length()) {
            char c = w.charAt(k);
            if (c >= '0' && c <= '9') {
                if (decimal) {
                    scale /= 10;
                    value += (c - '0') * scale;
                } else {
                    value = value * 10 + (c - '0');
                    if (sinceComma >= 0) {
                        sinceComma++;
                    }
                }
            } else if (c == ',' && !decimal && (sinceComma < 0 || sinceComma == 3)) {
                sinceComma = 0;
            } else if (c == '.' && !decimal && (sinceComma < 0 || sinceComma == 3)) {
                decimal = true;
            } else {
                break;
            }
            k++;
        }
        if (sinceComma >= 0 && sinceComma != 3 && !decimal) {
            return Double.NaN;
        }
        if (k == w.length()) {
            return value;
        }
        String suffix = lex.valueOf(Role.SUFFIX, w.substring(k));
        return suffix == null ? Double.NaN : value * Double.parseDouble(suffix);
    }

    private static boolean isYearShape(String w) {
        if (w.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(w);
        return y >= 1800 && y <= 2100;
    }

    private static boolean isArticle(String w) {
        return w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
    }
}
