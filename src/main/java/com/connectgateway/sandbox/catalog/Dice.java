package com.connectgateway.sandbox.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The catalog's only source of chance: a seeded {@link Random}, so every start builds the same
 * catalog. Every draw goes through {@code nextDouble()}: {@code nextInt(n)} for small n repeats
 * itself when a generator draws the same number of values per item, which made events look alike.
 */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A number from {@code low} to {@code high}, both inclusive. */
    int between(int low, int high) {
        return low + index(high - low + 1);
    }

    double fraction() {
        return random.nextDouble();
    }

    private int index(int size) {
        return (int) (random.nextDouble() * size);
    }

    <T> T pick(List<T> items) {
        return items.get(index(items.size()));
    }

    /** Up to {@code count} distinct items, in a random order. */
    <T> List<T> pickDistinct(List<T> items, int count) {
        List<T> pool = new ArrayList<>(items);
        List<T> picked = new ArrayList<>();
        while (picked.size() < count && !pool.isEmpty()) {
            picked.add(pool.remove(index(pool.size())));
        }
        return picked;
    }

    /** Picks by weight: {@code weights[i]} is the relative chance of {@code items.get(i)}. */
    <T> T weighted(List<T> items, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = index(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        throw new IllegalArgumentException("weights do not match items");
    }
}
