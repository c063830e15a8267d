package io.clientela.core.demo;

/**
 * How a country writes mobile numbers, nationally (the shop) and internationally (the CRM), within
 * ranges chosen to look fictional: NANP's 555 with an exchange starting 0 or 1 (never assigned),
 * the UK's 07700 (Ofcom's drama block is 07700 900xxx), and so on. The subscriber digits are a
 * bijective scramble of the customer's ordinal within the country, so no two customers share a
 * number and identity resolution never merges two people by accident.
 *
 * @param national      the national pattern, '#' for each subscriber digit
 * @param international the same number with its country code, same '#' digits
 * @param space         how many distinct subscriber numbers there are
 */
record Phones(String national, String international, long space) {

    Phones {
        long digits = national.chars().filter(c -> c == '#').count();
        // the scramble multiplies by the prime 7919, a bijection unless the space is a multiple of it
        if (digits != international.chars().filter(c -> c == '#').count() || space > Math.pow(10, digits) || space % 7_919 == 0) {
            throw new IllegalArgumentException("phone patterns " + national + " / " + international + " disagree or cannot hold " + space);
        }
    }

    String national(long ordinal) {
        return fill(national, ordinal);
    }

    String international(long ordinal) {
        return fill(international, ordinal);
    }

    private String fill(String pattern, long ordinal) {
        if (ordinal < 0 || ordinal >= space) {
            throw new IllegalStateException("no fictional phone number left for customer " + ordinal + " of pattern " + pattern);
        }
        long n = Math.floorMod(ordinal * 7_919L + 1_234_567L, space);
        char[] out = pattern.toCharArray();
        for (int i = out.length - 1; i >= 0; i--) {
            if (out[i] == '#') {
                out[i] = (char) ('0' + n % 10);
                n /= 10;
            }
        }
        return new String(out);
    }
}
