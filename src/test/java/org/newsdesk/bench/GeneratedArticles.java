package org.newsdesk.bench;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

import javax.sql.DataSource;

/**
 * Published Dutch articles in bulk, spread over twenty years and the demo themes. Words are drawn so that a few
 * occur in nearly every article and most in few, as in real text, which gives the full-text index real work.
 */
final class GeneratedArticles {

    /** In nearly every article: the most expensive search, since every match must be sorted by date. */
    static final String COMMON_WORD = "samenwerking";
    /** In one article out of a thousand. */
    static final String RARE_WORD = "drugssmokkel";
    /** Far down the word list: in roughly one article out of four. */
    static final String UNCOMMON_WORD = "veiligheid";
    /**
     * Each in every other article, never together: the worst case for a search that tries the newest articles
     * one by one, since every article has one of the two words and none has both.
     */
    static final String EVEN_WORD = "noordzijde";

    static final String ODD_WORD = "zuidzijde";

    private static final List<String> WORDS = List.of(
            COMMON_WORD,
            "benelux",
            "ministers",
            "afspraken",
            "grens",
            "regering",
            "nederland",
            "belgië",
            "luxemburg",
            "beleid",
            "europese",
            "overleg",
            "verslag",
            "vergadering",
            "besluit",
            "gemeenten",
            "provincies",
            "burgers",
            "inwoners",
            "bedrijven",
            "onderzoek",
            "politie",
            "justitie",
            "mobiliteit",
            "vervoer",
            "spoorlijn",
            "energie",
            "klimaat",
            "duurzaamheid",
            "water",
            "natuur",
            "landbouw",
            "voedsel",
            "gezondheid",
            "zorg",
            "ziekenhuis",
            "onderwijs",
            "diploma",
            "erkenning",
            "studenten",
            "werkgevers",
            "werknemers",
            "pendelaars",
            "belasting",
            "sociale",
            "zekerheid",
            "pensioen",
            "digitale",
            "gegevens",
            "privacy",
            "identiteit",
            "rijbewijs",
            "kenteken",
            "handel",
            "markt",
            "consumenten",
            "producten",
            "normen",
            "kwaliteit",
            "innovatie",
            "wetenschap",
            "universiteit",
            "cultuur",
            "taal",
            "toerisme",
            "fietspad",
            "snelweg",
            "haven",
            "scheepvaart",
            "luchtvaart",
            "drones",
            "noodhulp",
            "brandweer",
            "ambulance",
            "crisis",
            "overstroming",
            "rampen",
            "oefening",
            "training",
            "conferentie",
            "verklaring",
            "memorandum",
            "verdrag",
            "ratificatie",
            "parlement",
            "commissie",
            "secretariaat",
            "voorzitterschap",
            "jaarverslag",
            "begroting",
            "subsidie",
            "project",
            "pilot",
            "evaluatie",
            "resultaten",
            UNCOMMON_WORD,
            "criminaliteit",
            "mensenhandel",
            "slachtoffers",
            "opvang",
            "fraude",
            "witwassen",
            "douane",
            "controle",
            "toezicht",
            "inspectie",
            "vergunning",
            "registratie",
            "statistiek",
            "monitor",
            "indicatoren",
            "doelstelling",
            "strategie",
            "actieplan",
            "prioriteiten",
            "werkgroep",
            "experts",
            "netwerk",
            "platform",
            "samenwerkingsverband",
            "stakeholders",
            "partners",
            "middenstand",
            "ondernemers",
            "startups",
            "arbeidsmarkt",
            "vacatures",
            "opleiding",
            "stages",
            "jongeren",
            "ouderen",
            "gezinnen",
            "kinderen",
            "woningen",
            "huurprijzen",
            "ruimtelijke",
            "ordening",
            "infrastructuur",
            "bruggen",
            "kanalen",
            "windparken",
            "waterstof",
            "netbeheer",
            "elektriciteit",
            "gasleiding",
            "warmtenet",
            "isolatie",
            "circulaire",
            "afval",
            "recycling",
            "verpakkingen",
            "plastic",
            "biodiversiteit",
            "bossen",
            "landschap",
            "erfgoed",
            "musea",
            "festival",
            "sport",
            "wielrennen",
            "voetbal",
            "olympische");
    private static final LocalDate NEWEST = LocalDate.of(2025, 12, 31);
    private static final int DAYS = 20 * 365;
    private static final int FIRST_ID = 1_000_000;
    private static final int BATCH = 2_000;

    private final DataSource dataSource;
    private final List<Long> themeIds;
    private final Random random = new Random(20260101);
    private int generated;

    GeneratedArticles(DataSource dataSource, List<Long> themeIds) {
        this.dataSource = dataSource;
        this.themeIds = themeIds;
    }

    /** Adds articles until this many have been generated. */
    void growTo(int total) throws SQLException {
        try (var connection = dataSource.getConnection();
                var article = connection.prepareStatement(
                        "INSERT INTO article (id, theme_id, publication_date) VALUES (?, ?, ?)");
                var translation = connection.prepareStatement(
                        "INSERT INTO article_translation "
                                + "(article_id, lang, title, slug, teaser, body, status) VALUES (?, 'nl', ?, ?, ?, ?, 'PUBLISHED')")) {
            connection.setAutoCommit(false);
            while (generated < total) {
                long id = FIRST_ID + generated;
                article.setLong(1, id);
                article.setLong(2, themeIds.get(generated % themeIds.size()));
                article.setDate(3, Date.valueOf(NEWEST.minusDays(random.nextInt(DAYS))));
                article.addBatch();
                translation.setLong(1, id);
                translation.setString(2, capitalised(words(6 + random.nextInt(4))));
                translation.setString(3, "bench-artikel-" + id);
                translation.setString(4, capitalised(words(25)) + " " + (id % 2 == 0 ? EVEN_WORD : ODD_WORD) + ".");
                translation.setString(5, body(generated % 1000 == 0));
                translation.addBatch();
                generated++;
                if (generated % BATCH == 0 || generated == total) {
                    article.executeBatch();
                    translation.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    private String body(boolean withRareWord) {
        var paragraphs = new StringJoiner("\n\n");
        for (int paragraph = 0; paragraph < 3; paragraph++) {
            paragraphs.add(capitalised(words(25)) + ".");
        }
        return withRareWord ? paragraphs + " Ook " + RARE_WORD + " kwam ter sprake." : paragraphs.toString();
    }

    private String words(int count) {
        var words = new StringJoiner(" ");
        for (int i = 0; i < count; i++) {
            // Cubing a uniform draw favours the start of the list heavily: a Zipf-like spread of frequencies.
            words.add(WORDS.get((int) (WORDS.size() * Math.pow(random.nextDouble(), 3))));
        }
        return words.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
