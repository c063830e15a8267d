package io.clientela.analytics.voice.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.voice.text.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTest {
    /** Made-up Hungarian reviews in which "zsír" (slang: great) and "bukta" (flop) are not in the lexicon. */
    static List<Example> examples() {
        List<Example> ex = new ArrayList<>();
        String[] subjects = {"a film", "a könyv", "a sorozat", "az előadás", "a termék", "a bolt"};
        for (String s : subjects) {
            for (int i = 0; i < 5; i++) {
                ex.add(new Example(s + " zsír volt " + i, true));
                ex.add(new Example(s + " teljes bukta " + i, false));
            }
        }
        return ex;
    }

    @Test
    void learns_words_the_lexicon_does_not_know() {
        LinearModel m = new Trainer(16, 10, 1).train(Language.HU, examples(), "made-up examples");
        SentimentAnalyzer a = new SentimentAnalyzer(List.of(m));
        assertThat(SentimentAnalyzer.rules().score("a koncert zsír", Language.HU).score()).isZero();
        assertThat(a.score("a koncert zsír", Language.HU).score()).isGreaterThan(0.3);
        assertThat(a.score("a koncert bukta", Language.HU).score()).isLessThan(-0.3);
        assertThat(a.score("a koncert zsír", Language.HU).method()).isEqualTo("model:hu");
        assertThat(a.score("great", Language.EN).method()).isEqualTo("rules");
    }

    @Test
    void the_same_data_and_seed_give_the_same_model() {
        LinearModel a = new Trainer(16, 5, 9).train(Language.HU, examples(), "x");
        LinearModel b = new Trainer(16, 5, 9).train(Language.HU, examples(), "x");
        RuleSet rules = RuleSet.load(Language.HU);
        assertThat(a.score("a film zsír", rules, 0)).isEqualTo(b.score("a film zsír", rules, 0));
    }

    @Test
    void survives_writing_and_reading_with_its_provenance() throws Exception {
        LinearModel m = new Trainer(16, 3, 5).train(Language.HU, examples(), "made-up examples");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(out.toByteArray()), "memory");
        assertThat(back.provenance()).isEqualTo(m.provenance());
        assertThat(back.provenance().data()).isEqualTo("made-up examples");
        assertThat(back.provenance().seed()).isEqualTo(5);
        RuleSet rules = RuleSet.load(Language.HU);
        assertThat(back.score("a bolt bukta", rules, 0)).isEqualTo(m.score("a bolt bukta", rules, 0));
    }

    @Test
    void refuses_a_file_that_is_not_a_model() {
        assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream("hello".getBytes()), "hello.txt"))
                .isInstanceOf(AnalyticsException.class).hasMessageStartingWith("hello.txt is not a readable Clientela sentiment model");
    }

    @Test
    void refuses_to_train_on_one_class_only() {
        List<Example> onlyPositive = examples().stream().filter(Example::positive).toList();
        assertThatThrownBy(() -> new Trainer(16, 3, 5).train(Language.HU, onlyPositive, "x")).isInstanceOf(AnalyticsException.class)
                .hasMessageContaining("needs both positive and negative examples; found 30 positive of 30");
    }

    @Test
    void the_bundled_hungarian_model_is_the_one_husst_train_gives_with_seed_42() throws Exception {
        java.nio.file.Path shared = io.clientela.analytics.voice.SharedData.require("sentiment/hu/husst_train.json");
        LinearModel bundled = SentimentAnalyzer.bundledModels().stream().filter(m -> m.language() == Language.HU).findFirst().orElseThrow();
        LinearModel fresh = SentimentQuality.huModel(shared.resolve("sentiment/hu/husst_train.json"));
        RuleSet rules = RuleSet.load(Language.HU);
        for (String s : List.of("Ez a film csodálatos.", "Unalmas és buta történet.", "A színészek jók, de a forgatókönyv gyenge.")) {
            assertThat(bundled.score(s, rules, 0.3)).as(s).isEqualTo(fresh.score(s, rules, 0.3));
        }
        assertThat(bundled.provenance().seed()).isEqualTo(SentimentQuality.SEED);
    }
}
