package org.doorstep.server.demo;

import java.util.Random;

/** Which visiting regime a generated child is under, with how often it occurs. */
enum Regime {
    CHILD_PROTECTION(20), CHILD_IN_NEED(34), LOOKED_AFTER(30), PRIVATE_FOSTERING(5), CARE_LEAVER(11);

    private final int weight;

    Regime(int weight) {
        this.weight = weight;
    }

    static Regime pick(Random random) {
        int total = 0;
        for (Regime regime : values()) {
            total += regime.weight;
        }
        int draw = random.nextInt(total);
        for (Regime regime : values()) {
            draw -= regime.weight;
            if (draw < 0) {
                return regime;
            }
        }
        throw new IllegalStateException();
    }
}
