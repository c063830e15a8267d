package io.clientela.analytics.voice.text;

import io.clientela.core.FaultException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Chinese stop words for term lists: the stopwords-iso Chinese list ({@code stopwords-zh.txt}, MIT,
 * see NOTICE) plus {@code stopwords-zh-more.txt}, written for Clientela: the multi-character
 * function, degree and verdict words that smartcn keeps as one word (但是, 非常, 没有, 觉得, 不错 …),
 * which say how a customer feels but not what about.
 */
final class ChineseStopWords {
    private ChineseStopWords() {
    }

    static Set<String> load() {
        Set<String> out = new LinkedHashSet<>();
        for (String name : new String[] {"stopwords-zh.txt", "stopwords-zh-more.txt"}) {
            try (InputStream in = ChineseStopWords.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new FaultException(name + " is missing from this build of Clientela; rebuild it");
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(out::add);
            } catch (IOException e) {
                throw new FaultException("cannot read a file of this build of Clientela: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
