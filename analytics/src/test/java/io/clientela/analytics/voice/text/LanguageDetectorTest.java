package io.clientela.analytics.voice.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.analytics.voice.SharedData;
import io.clientela.analytics.voice.sentiment.Example;
import io.clientela.analytics.voice.sentiment.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void detects_short_customer_comments_in_each_language() {
        assertThat(detector.detect("The delivery was late and nobody told me why").language()).isEqualTo(Language.EN);
        assertThat(detector.detect("La entrega llegó tarde y nadie me explicó por qué").language()).isEqualTo(Language.ES);
        assertThat(detector.detect("配送延迟，也没人解释原因").language()).isEqualTo(Language.ZH);
        assertThat(detector.detect("Késik a szállítás, és senki nem mondta meg, miért").language()).isEqualTo(Language.HU);
    }

    @Test
    void says_unknown_for_empty_text_numbers_emoji_and_other_scripts() {
        assertThat(detector.detect("").language()).isEqualTo(Language.UNKNOWN);
        assertThat(detector.detect("12345 !!! 👍").language()).isEqualTo(Language.UNKNOWN);
        assertThat(detector.detect("Доставка опоздала").language()).isEqualTo(Language.UNKNOWN);
        assertThat(detector.detect("配達が遅れました").language()).isEqualTo(Language.UNKNOWN);
    }

    @Test
    void reports_every_language_of_a_mixed_response_most_text_first() {
        Detection d = detector.detect("The coffee machine is great and I use it every day. El café es muy malo.");
        assertThat(d.languages()).containsExactly(Language.EN, Language.ES);
        assertThat(d.mixed()).isTrue();
        assertThat(d.language()).isEqualTo(Language.EN);
    }

    @Test
    void detects_the_language_of_at_least_95_percent_of_the_reference_sets() throws Exception {
        Path shared = SharedData.require("sentiment");
        List<String> en = ReferenceData.vaderGroundTruth(shared.resolve("sentiment/en_vader/tweets_GroundTruth.txt")).stream()
                .map(ReferenceData.Rated::text).toList();
        List<String> hu = ReferenceData.husst(shared.resolve("sentiment/hu/husst_dev.json")).stream().map(ReferenceData.Labelled::text).toList();
        List<String> zh = ReferenceData.chineseCsv(shared.resolve("sentiment/zh/ChnSentiCorp_htl_all.csv")).stream().map(Example::text).toList();
        assertThat(share(en, Language.EN)).isGreaterThanOrEqualTo(0.95);
        assertThat(share(hu, Language.HU)).isGreaterThanOrEqualTo(0.95);
        assertThat(share(zh, Language.ZH)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void detects_at_least_95_percent_of_the_bundled_spanish_sentences_as_spanish() throws Exception {
        List<String> es;
        try (java.io.InputStream in = getClass().getResourceAsStream("/io/clientela/analytics/voice/sentiment/eval-es.tsv")) {
            es = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .map(l -> l.split("\t", 2)[1]).toList();
        }
        assertThat(es).hasSize(100);
        assertThat(share(es, Language.ES)).isGreaterThanOrEqualTo(0.95);
    }

    private double share(List<String> texts, Language expected) {
        long right = texts.stream().filter(t -> detector.detect(Cleaner.clean(t).text()).language() == expected).count();
        System.out.printf("language detection %s: %d of %d = %.4f%n", expected, right, texts.size(), (double) right / texts.size());
        return (double) right / texts.size();
    }
}
