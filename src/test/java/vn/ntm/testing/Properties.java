package vn.ntm.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A tiny property-based testing helper: a property is checked against many generated cases, each drawn from its
 * own seeded random source, so a failure names the seed, the run and the case, and can be replayed exactly with
 * {@link #replay}. The seed is fixed in the test (reproducible builds); {@code -Dntm.properties.seed=N} runs every
 * property with another seed to explore further.
 */
public final class Properties {

    /** Draws one case from a random source. */
    @FunctionalInterface
    public interface Generator<T> {

        T next(Random random);

        default <R> Generator<R> map(Function<? super T, ? extends R> f) {
            return random -> f.apply(next(random));
        }
    }

    /** Checks one case; fails by throwing (an AssertJ assertion, usually). */
    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Exception;
    }

    private Properties() {}

    /** Checks the property for {@code runs} cases drawn from the generator, starting from {@code seed}. */
    public static <T> void forAll(long seed, int runs, Generator<T> generator, Property<T> property) {
        long base = Long.getLong("ntm.properties.seed", seed);
        for (int run = 0; run < runs; run++) {
            long caseSeed = caseSeed(base, run);
            T value = generator.next(new Random(caseSeed));
            try {
                property.check(value);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(
                        "Property failed with seed " + base + " at run " + (run + 1) + " of " + runs
                                + " (replay with case seed " + caseSeed + "L)\n  case: " + value + "\n  "
                                + e.getMessage(),
                        e);
            }
        }
    }

    /** Checks the property for the one case that the given case seed (from a failure report) generates. */
    public static <T> void replay(long caseSeed, Generator<T> generator, Property<T> property) throws Exception {
        property.check(generator.next(new Random(caseSeed)));
    }

    static long caseSeed(long seed, int run) {
        long z = seed + 0x9E3779B97F4A7C15L * (run + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Integers from {@code min} to {@code max}, both included. */
    public static Generator<Integer> ints(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    public static Generator<Boolean> booleans() {
        return Random::nextBoolean;
    }

    @SafeVarargs
    public static <T> Generator<T> oneOf(T... values) {
        return random -> values[random.nextInt(values.length)];
    }

    /** Decimals from {@code min} to {@code max} with {@code scale} fraction digits (0 for whole numbers). */
    public static Generator<BigDecimal> decimals(String min, String max, int scale) {
        BigDecimal low = new BigDecimal(min);
        BigDecimal span = new BigDecimal(max).subtract(low);
        return random -> low.add(span.multiply(BigDecimal.valueOf(random.nextDouble())))
                .setScale(scale, RoundingMode.HALF_UP)
                .min(new BigDecimal(max))
                .max(low);
    }

    /**
     * A value near a threshold: one time in four exactly at it, one in four one step (10^-scale) either side,
     * otherwise anywhere in the range, so that properties exercise the boundaries and not only the bulk.
     */
    public static Generator<BigDecimal> near(BigDecimal threshold, String min, String max, int scale) {
        Generator<BigDecimal> anywhere = decimals(min, max, scale);
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        return random -> switch (random.nextInt(4)) {
            case 0 -> threshold;
            case 1 -> random.nextBoolean() ? threshold.add(step) : threshold.subtract(step);
            default -> anywhere.next(random);
        };
    }

    public static <T> Generator<List<T>> lists(Generator<T> element, int minSize, int maxSize) {
        return random -> {
            int size = minSize + random.nextInt(maxSize - minSize + 1);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.next(random));
            }
            return list;
        };
    }
}
