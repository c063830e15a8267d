package io.clientela.analytics.value.clv;

import java.util.Random;

/**
 * Draws customers from the models' own stories, with an explicit seed: the tests' second way to
 * unconditional expectations. Gamma variates by Marsaglia and Tsang (2000), shape &lt; 1 by the
 * U^(1/shape) boost.
 */
final class Simulation {
    private final Random random;

    Simulation(long seed) {
        this.random = new Random(seed);
    }

    double gamma(double shape, double rate) {
        if (shape < 1) {
            return gamma(shape + 1, rate) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            if (Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v / rate;
            }
        }
    }

    double beta(double a, double b) {
        double x = gamma(a, 1);
        return x / (x + gamma(b, 1));
    }

    double exponential(double rate) {
        return -Math.log(1 - random.nextDouble()) / rate;
    }

    /** Repeat purchases in (0, t] of a new BG/NBD customer: Poisson(λ) buying, dropping out with probability p after each purchase. */
    int bgNbdPurchases(double r, double alpha, double a, double b, double t) {
        double lambda = gamma(r, alpha);
        double p = beta(a, b);
        int n = 0;
        for (double clock = exponential(lambda); clock <= t; clock += exponential(lambda)) {
            n++;
            if (random.nextDouble() < p) {
                break;
            }
        }
        return n;
    }

    /** Repeat purchases in (0, t] of a new Pareto/NBD customer: Poisson(λ) buying until an exponential(μ) lifetime ends. */
    int paretoNbdPurchases(double r, double alpha, double s, double beta, double t) {
        double lambda = gamma(r, alpha);
        double end = Math.min(t, exponential(gamma(s, beta)));
        int n = 0;
        for (double clock = exponential(lambda); clock <= end; clock += exponential(lambda)) {
            n++;
        }
        return n;
    }
}
