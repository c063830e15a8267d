package io.clientela.analytics.voice.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.clientela.analytics.voice.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleScorerTest {
    static final SentimentAnalyzer RULES = SentimentAnalyzer.rules();

    static double en(String s) {
        return RULES.score(s, Language.EN).score();
    }

    /** Compound scores printed in vaderSentiment's README for its example sentences. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VADER is smart, handsome, and funny.|0.8316",
            "VADER is smart, handsome, and funny!|0.8439",
            "VADER is very smart, handsome, and funny.|0.8545",
            "VADER is VERY SMART, handsome, and FUNNY.|0.9227",
            "VADER is VERY SMART, handsome, and FUNNY!!!|0.9342",
            "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!|0.9469",
            "VADER is not smart, handsome, nor funny.|-0.7424",
            "The book was good.|0.4404",
            "At least it isn't a horrible book.|0.431",
            "The book was only kind of good.|0.3832",
            "The plot was good, but the characters are uncompelling and the dialog is not great.|-0.7042",
            "Today SUX!|-0.5461",
            "Make sure you :) or :D today!|0.8633",
            "Not bad at all|0.431",
            "Today only kinda sux! But I'll get by, lol|0.5249"})
    void reproduces_the_compound_scores_of_the_python_vader(String text, double expected) {
        assertThat(en(text)).isCloseTo(expected, within(0.0015));
    }

    /**
     * VADER's special cases, each worked out by hand from vaderSentiment 3.3.2's rules and lexicon
     * (compound = sum / sqrt(sum² + 15)): "the shit" replaces shit's -2.6 by 3 (3/√24);
     * "broken heart" gives both words -2.9 (-5.8/√48.64); a token of two characters or fewer keeps its
     * punctuation, so "NO." is not the negative "no" (1.9/√18.61 for "good" alone) and "L." is not the
     * lexicon's "l"; "kind of" lowers what follows by 0.293 (1.607/√17.5824).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "This movie is the shit|0.6124",
            "I have a broken heart|-0.8316",
            "The service was good. NO.|0.4404",
            "I got an L. today|0.0",
            "The food was kind of good|0.3832"})
    void follows_vaders_special_cases(String text, double expected) {
        assertThat(en(text)).isCloseTo(expected, within(0.0001));
    }

    @Test
    void scales_around_but_as_vader_does_even_with_repeated_values() {
        // kind 2.4, yeah 1.2: kind becomes 1.2 before "but"; then list.index finds that 1.2 for yeah and halves
        // kind again (0.6) while yeah stays 1.2: sum 1.8. Scaling by position would give 1.2 + 1.8 = 3.0 (0.6124).
        assertThat(en("kind but yeah")).isCloseTo(1.8 / Math.sqrt(1.8 * 1.8 + 15), within(0.0001));
        assertThat(en("good but good")).isCloseTo(3.8 / Math.sqrt(3.8 * 3.8 + 15), within(0.0001));
    }

    @Test
    void negation_turns_praise_into_criticism_in_every_language() {
        assertThat(en("The service was good")).isPositive();
        assertThat(en("The service was not good")).isNegative();
        assertThat(RULES.score("El servicio es bueno", Language.ES).score()).isPositive();
        assertThat(RULES.score("El servicio no es bueno", Language.ES).score()).isNegative();
        assertThat(RULES.score("服务很好", Language.ZH).score()).isPositive();
        assertThat(RULES.score("服务不好", Language.ZH).score()).isNegative();
        assertThat(RULES.score("A kiszolgálás jó", Language.HU).score()).isPositive();
        assertThat(RULES.score("A kiszolgálás nem jó", Language.HU).score()).isNegative();
        assertThat(RULES.score("hiba nélkül", Language.HU).score()).isPositive();
    }

    @Test
    void intensifiers_strengthen_and_dampeners_weaken_in_every_language() {
        assertThat(en("very good")).isGreaterThan(en("good")).isGreaterThan(en("slightly good"));
        assertThat(RULES.score("muy bueno", Language.ES).score()).isGreaterThan(RULES.score("bueno", Language.ES).score());
        assertThat(RULES.score("非常满意", Language.ZH).score()).isGreaterThan(RULES.score("满意", Language.ZH).score());
        assertThat(RULES.score("nagyon jó", Language.HU).score()).isGreaterThan(RULES.score("jó", Language.HU).score())
                .isGreaterThan(RULES.score("kicsit jó", Language.HU).score());
    }

    @Test
    void what_follows_a_contrast_word_weighs_more_than_what_precedes_it() {
        assertThat(en("The staff were friendly but the delivery was terrible")).isNegative();
        assertThat(en("The delivery was terrible but the staff were friendly")).isPositive();
        assertThat(RULES.score("Es barato pero la calidad es mala", Language.ES).score()).isNegative();
        assertThat(RULES.score("价格便宜但是质量很差", Language.ZH).score()).isNegative();
        assertThat(RULES.score("Szép a doboz, de a gép rossz", Language.HU).score()).isNegative();
    }

    @Test
    void emoji_carry_sentiment_in_every_language() {
        for (Language l : Language.values()) {
            assertThat(RULES.score("👍", l).score()).as(l.code()).isPositive();
            assertThat(RULES.score("😡", l).score()).as(l.code()).isNegative();
            assertThat(RULES.score("❤️", l).score()).as(l.code()).isPositive();
        }
        assertThat(RULES.score("Llegó el paquete 😞", Language.ES).score()).isNegative();
    }

    @Test
    void text_without_sentiment_words_is_neutral() {
        assertThat(Label.of(en("The parcel arrived on Tuesday"))).isEqualTo(Label.NEUTRAL);
        assertThat(Label.of(RULES.score("我昨天买的", Language.ZH).score())).isEqualTo(Label.NEUTRAL);
    }

    @Test
    void scores_each_sentence_of_a_response() {
        var s = RULES.sentences("Great coffee! The delivery was awful.", Language.EN);
        assertThat(s).extracting(SentenceSentiment::text).containsExactly("Great coffee!", "The delivery was awful.");
        assertThat(s.get(0).sentiment().label()).isEqualTo(Label.POSITIVE);
        assertThat(s.get(1).sentiment().label()).isEqualTo(Label.NEGATIVE);
    }
}
