package io.clientela.analytics.voice.sentiment;

import io.clientela.analytics.AnalyticsException;
import io.clientela.analytics.voice.text.Language;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A binary logistic regression over {@link Features}: P(positive) = σ(w·x); its sentiment score is
 * 2P − 1. Trained by {@link Trainer}; saved and loaded as a small gzip file carrying its
 * {@link Training}. Immutable and thread-safe.
 */
public final class LinearModel {
    private static final String MAGIC = "clientela-sentiment-model-1";
    private final Training provenance;
    private final float[] weights;
    private final Features features;

    LinearModel(Training provenance, float[] weights) {
        if (weights.length != 1 << provenance.bits()) {
            throw new IllegalArgumentException("weights must have 2^" + provenance.bits() + " entries, had " + weights.length);
        }
        this.provenance = provenance;
        this.weights = weights;
        this.features = new Features(provenance.bits());
    }

    public Training provenance() {
        return provenance;
    }

    public Language language() {
        return provenance.language();
    }

    double probability(Features.Vector x) {
        double z = 0;
        for (int i = 0; i < x.size; i++) {
            z += weights[x.index[i]] * x.value[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The score in [-1, 1] of a text whose rule score is {@code ruleScore}. */
    double score(String text, RuleSet rules, double ruleScore) {
        return 2 * probability(features.extract(text, rules, ruleScore)) - 1;
    }

    /** Writes the model (gzip). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(gz);
        Training p = provenance;
        d.writeUTF(MAGIC);
        d.writeUTF(p.language().code());
        d.writeUTF(p.data());
        d.writeInt(p.examples());
        d.writeLong(p.seed());
        d.writeInt(p.epochs());
        d.writeInt(p.bits());
        d.writeUTF(p.algorithm());
        for (float w : weights) {
            d.writeFloat(w);
        }
        d.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #write}; {@code source} names it in errors. */
    public static LinearModel read(InputStream in, String source) {
        try {
            DataInputStream d = new DataInputStream(new GZIPInputStream(in));
            if (!MAGIC.equals(d.readUTF())) {
                throw new AnalyticsException(source + " is not a Clientela sentiment model");
            }
            Training p = new Training(Language.fromCode(d.readUTF()), d.readUTF(), d.readInt(), d.readLong(), d.readInt(), d.readInt(),
                    d.readUTF());
            float[] w = new float[1 << p.bits()];
            for (int i = 0; i < w.length; i++) {
                w[i] = d.readFloat();
            }
            return new LinearModel(p, w);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AnalyticsException a) {
                throw a;
            }
            throw new AnalyticsException(source + " is not a readable Clientela sentiment model: " + e.getMessage());
        }
    }
}
