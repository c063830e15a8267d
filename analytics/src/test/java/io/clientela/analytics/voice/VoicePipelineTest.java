package io.clientela.analytics.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.analytics.voice.sentiment.Label;
import io.clientela.analytics.voice.sentiment.SentimentAnalyzer;
import io.clientela.analytics.voice.terms.Taxonomy;
import io.clientela.analytics.voice.text.Language;
import io.clientela.analytics.voice.text.Tokenizer;
import io.clientela.analytics.voice.text.Utf8;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class VoicePipelineTest {
    static final Tokenizer TOKENIZER = new Tokenizer();
    static final VoicePipeline PIPELINE = new VoicePipeline(TOKENIZER, SentimentAnalyzer.rules(), Taxonomy.retail(TOKENIZER));

    @AfterAll
    static void close() {
        TOKENIZER.close();
    }

    @Test
    void reads_a_response_end_to_end() {
        ResponseAnalysis a = PIPELINE.analyze("The delivery was very late and the courier was rude 😡", null, false);
        assertThat(a.language()).isEqualTo(Language.EN);
        assertThat(a.languageSource()).isEqualTo("detected");
        assertThat(a.sentiment().label()).isEqualTo(Label.NEGATIVE);
        assertThat(a.themes()).containsExactly("delivery", "customer service");
        assertThat(a.terms()).contains("deliveri", "courier");
    }

    @Test
    void gives_empty_text_no_sentiment_instead_of_a_made_up_neutral() {
        for (String empty : new String[] {"", "   ", "<p> </p>"}) {
            ResponseAnalysis a = PIPELINE.analyze(empty, null, true);
            assertThat(a.empty()).isTrue();
            assertThat(a.sentiment()).isNull();
            assertThat(a.language()).isEqualTo(Language.UNKNOWN);
            assertThat(a.terms()).isEmpty();
        }
    }

    @Test
    void an_explicit_language_wins_over_detection() {
        ResponseAnalysis a = PIPELINE.analyze("no es bueno", Language.ES, false);
        assertThat(a.languageSource()).isEqualTo("given");
        assertThat(a.sentiment().label()).isEqualTo(Label.NEGATIVE);
        assertThat(PIPELINE.analyze("The parcel", Language.HU, false).language()).isEqualTo(Language.HU);
    }

    @Test
    void reads_a_mixed_language_response_sentence_by_sentence_each_in_its_language() {
        ResponseAnalysis a = PIPELINE.analyze("The coffee machine is great and I use it every day. El envío fue muy malo.", null, true);
        assertThat(a.mixed()).isTrue();
        assertThat(a.languages()).containsExactly(Language.EN, Language.ES);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.sentences().get(0).sentiment().language()).isEqualTo(Language.EN);
        assertThat(a.sentences().get(0).sentiment().label()).isEqualTo(Label.POSITIVE);
        assertThat(a.sentences().get(1).sentiment().language()).isEqualTo(Language.ES);
        assertThat(a.sentences().get(1).sentiment().label()).isEqualTo(Label.NEGATIVE);
        assertThat(a.themes()).contains("delivery");
    }

    @Test
    void strips_html_before_reading() {
        ResponseAnalysis a = PIPELINE.analyze("<div><b>Terrible</b> customer&nbsp;service</div>", Language.EN, false);
        assertThat(a.htmlStripped()).isTrue();
        assertThat(a.sentiment().label()).isEqualTo(Label.NEGATIVE);
        assertThat(a.terms()).doesNotContain("div", "b", "nbsp");
        assertThat(a.themes()).contains("customer service");
    }

    @Test
    void reads_only_the_first_part_of_a_100_kb_response_and_says_so() {
        String big = "Great coffee, fast delivery. ".repeat(4000);
        ResponseAnalysis a = PIPELINE.analyze(big, null, false);
        assertThat(a.truncated()).isTrue();
        assertThat(a.sentiment().label()).isEqualTo(Label.POSITIVE);
    }

    @Test
    void counts_invalid_utf8_and_still_reads_the_rest() {
        byte[] bytes = {'t', 'e', 'r', 'r', 'i', 'b', 'l', 'e', ' ', (byte) 0xc0, ' ', 's', 'e', 'r', 'v', 'i', 'c', 'e'};
        ResponseAnalysis a = PIPELINE.analyze(Utf8.decode(bytes), Language.EN, false);
        assertThat(a.invalidUtf8()).isEqualTo(1);
        assertThat(a.sentiment().label()).isEqualTo(Label.NEGATIVE);
    }

    @Test
    void scores_text_of_unknown_language_by_its_emoji() {
        ResponseAnalysis a = PIPELINE.analyze("Доставка 👎👎", null, false);
        assertThat(a.language()).isEqualTo(Language.UNKNOWN);
        assertThat(a.sentiment().label()).isEqualTo(Label.NEGATIVE);
    }
}
