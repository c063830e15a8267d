package io.clientela.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackTextsTest {
    Generated demo;

    @BeforeAll
    void generate(@TempDir Path tmp) {
        demo = Generated.write(tmp, Generated.spec(3_000));
    }

    @Test
    void comments_come_in_english_spanish_chinese_and_hungarian() {
        Map<String, List<String>> byLanguage = new HashMap<>();
        for (Map<String, Object> f : demo.json(DemoFile.FEEDBACK)) {
            if (f.get("comment") != null) {
                byLanguage.computeIfAbsent((String) f.get("lang"), k -> new java.util.ArrayList<>()).add((String) f.get("comment"));
            }
        }
        assertThat(byLanguage).containsOnlyKeys("en", "es", "zh", "hu");
        assertThat(byLanguage.get("zh")).anyMatch(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(byLanguage.get("hu")).anyMatch(t -> t.contains("ő") || t.contains("é") || t.contains("á"));
        assertThat(byLanguage.get("es")).anyMatch(t -> t.contains("ñ") || t.contains("í") || t.contains("á"));
        byLanguage.forEach((lang, texts) -> assertThat(texts).as(lang).hasSizeGreaterThan(50));
    }

    @Test
    void every_language_has_negation_contrast_and_late_delivery_phrasings() {
        Map<String, List<String>> expected = Map.of(
                "en", List.of("not good", "good quality but expensive", "late delivery"),
                "es", List.of("no es bueno", "bueno pero caro", "entrega tardía"),
                "zh", List.of("不好", "质量好但是太贵", "配送延迟"),
                "hu", List.of("nem jó", "jó, de drága", "késik a szállítás"));
        String all = String.join("\n", demo.json(DemoFile.FEEDBACK).stream().map(f -> (String) f.get("comment")).filter(t -> t != null)
                .toList()).toLowerCase(Locale.ROOT);
        expected.forEach((lang, phrases) -> phrases.forEach(p -> assertThat(all).as(lang).contains(p)));
        assertThat(all).containsAnyOf("👍", "😀", "❤️", "☕").containsAnyOf("😡", "👎", "😞");
    }

    @Test
    void promoters_praise_and_detractors_complain() {
        for (Map<String, Object> f : demo.json(DemoFile.FEEDBACK)) {
            String text = (String) f.get("comment");
            if (text == null || f.get("nps") == null || ((Number) f.get("nps")).intValue() > 10) {
                continue;
            }
            int nps = ((Number) f.get("nps")).intValue();
            String lang = (String) f.get("lang");
            if (nps >= 9) {
                assertThat(Texts.templates(lang, "praise")).as(text).anyMatch(text::startsWith);
            } else if (nps <= 6) {
                assertThat(Texts.templates(lang, "praise")).as(text).noneMatch(text::startsWith);
                assertThat(Texts.templates(lang, "neutral")).as(text).doesNotContain(text);
            }
        }
    }

    @Test
    void low_csat_after_a_late_delivery_says_so() {
        long late = demo.json(DemoFile.FEEDBACK).stream().filter(f -> "post_purchase".equals(f.get("survey")))
                .filter(f -> ((Number) f.get("csat")).intValue() <= 2 && f.get("comment") != null)
                .filter(f -> Texts.mentionsLateDelivery((String) f.get("comment"))).count();
        assertThat(late).isPositive();
    }

    @Test
    void late_delivery_templates_name_the_topic_the_same_way_in_each_language() {
        for (String lang : Texts.LANGUAGES) {
            assertThat(Texts.templates(lang, "late_delivery")).as(lang).allMatch(Texts::mentionsLateDelivery);
            for (String other : List.of("praise", "neutral", "contrast", "delivery", "quality", "price", "support", "billing")) {
                assertThat(Texts.templates(lang, other)).as(lang + " " + other).noneMatch(Texts::mentionsLateDelivery);
            }
        }
    }

    @Test
    void an_unhappy_comment_is_a_complaint_about_its_topic() {
        String text = Texts.write("hu", Texts.Tone.UNHAPPY, "late_delivery", new SplittableRandom(3));
        assertThat(Texts.mentionsLateDelivery(text)).as(text).isTrue();
    }
}
